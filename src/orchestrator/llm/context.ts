import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import type { Tool } from '../../catalog/index.ts';
import type { PlannerInput, Transcript } from '../planner.ts';

/** Tool names the model sees: `appId__api`, within the 64-character limit of the API. */
export function functionName(tool: Pick<Tool, 'appId' | 'api'>): string {
  return `${tool.appId}__${tool.api}`.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
}

/** Roughly 4 characters of English, or 1.5 of Chinese, per token: enough to budget, not to bill. */
export function estimateTokens(text: string): number {
  const cjk = (text.match(/[\u3000-\u9fff]/g) ?? []).length;
  return Math.ceil(cjk / 1.5 + (text.length - cjk) / 4);
}

/**
 * The context in WeChat's order of weight: the latest API returns' `content` verbatim
 * (as tool messages, never `_meta`), then the tool schemas, then SKILL.md and AGENTS.md
 * (lowest, in the system prompt, cut first and visibly when the budget is short).
 */
export function buildContext(input: PlannerInput, tools: Tool[], budgetTokens: number): { messages: ChatCompletionMessageParam[]; tools: ChatCompletionTool[]; truncated: string[] } {
  const truncated: string[] = [];
  const functions: ChatCompletionTool[] = tools.map((t) => ({
    type: 'function',
    function: { name: functionName(t), description: `[${t.appName}] ${t.description}`, parameters: t.inputSchema as Record<string, unknown> },
  }));
  const conversation = transcriptMessages(input.transcript, input.catalog);
  let used = estimateTokens(JSON.stringify(functions)) + conversation.reduce((n, m) => n + estimateTokens(JSON.stringify(m)), 0);
  // Over budget: the oldest results give way first (the latest content weighs most), and say so.
  for (const message of conversation) {
    if (used <= budgetTokens) break;
    if (message.role !== 'tool' || typeof message.content !== 'string' || message.content.startsWith('[omitted')) continue;
    const cost = estimateTokens(message.content);
    truncated.push(`an earlier result (${message.content.length} characters)`);
    message.content = `[omitted to fit the context budget: ${message.content.length} characters of an earlier result]`;
    used -= cost;
  }
  const docs: string[] = [];
  const skills = [...new Set(tools.map((t) => `${t.appId}\u0000${t.skill}`))];
  for (const key of skills) {
    const [appId = '', skill = ''] = key.split('\u0000');
    for (const [title, text] of [[`${appId} AGENTS.md`, input.catalog.appInstruction(appId) ?? ''], [`${appId} ${skill}/SKILL.md`, input.catalog.skillDoc(appId, skill)]] as const) {
      if (!text) continue;
      const cost = estimateTokens(text);
      if (used + cost > budgetTokens) {
        truncated.push(title);
        docs.push(`## ${title}\n[omitted: over the context budget of ${budgetTokens} tokens]`);
        continue;
      }
      used += cost;
      docs.push(`## ${title}\n${text}`);
    }
  }
  const system = systemPrompt(input, docs);
  return { messages: [{ role: 'system', content: system }, ...conversation], tools: functions, truncated };
}

function systemPrompt(input: PlannerInput, docs: string[]): string {
  const lang = input.user.lang === 'en' ? 'English' : 'Chinese (简体中文)';
  return [
    'You are AgentOS, an assistant that completes the user\'s request by calling mini-program APIs (the tools).',
    `Reply in ${lang}. The user is ${input.user.name}${input.user.city ? `, in ${input.user.city}` : ''}. Now: ${input.clock.now().toISOString()} (time zone ${input.clock.timeZone}).`,
    'Rules: pass IDs exactly as earlier results returned them and never invent one; when information is missing, ask the user; an API result\'s content states a fact and the next action — follow it;',
    'you can never pay or confirm for the user: the hub shows the user a confirmation card and reports the outcome; announce success only after a result says so.',
    input.user.preferences && Object.keys(input.user.preferences).length ? `The user's usual choices: ${JSON.stringify(input.user.preferences)}.` : '',
    docs.length ? `\n# Skill documents (lowest weight)\n${docs.join('\n\n')}` : '',
  ].filter(Boolean).join('\n');
}

function transcriptMessages(transcript: Transcript[], catalog: PlannerInput['catalog']): ChatCompletionMessageParam[] {
  const out: ChatCompletionMessageParam[] = [];
  for (const t of transcript) {
    switch (t.role) {
      case 'user':
        out.push({ role: 'user', content: t.text });
        break;
      case 'assistant':
        out.push({ role: 'assistant', content: t.text });
        break;
      case 'hub':
        out.push({ role: 'system', content: `[hub] ${t.text}` });
        break;
      case 'tool-call': {
        const tool = catalog.tool(t.toolId);
        const name = tool ? functionName(tool) : t.toolId.replace(/[^a-zA-Z0-9_-]/g, '_');
        out.push({ role: 'assistant', content: null, tool_calls: [{ id: t.callId, type: 'function', function: { name, arguments: JSON.stringify(t.arguments) } }] });
        break;
      }
      case 'tool-result':
        out.push({ role: 'tool', tool_call_id: t.callId, content: t.structuredContent ? `${t.content}\n${JSON.stringify(t.structuredContent)}` : t.content });
        break;
    }
  }
  return out;
}
