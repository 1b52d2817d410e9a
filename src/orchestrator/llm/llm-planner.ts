import OpenAI from 'openai';
import { AgentOsError, log } from '../../core/index.ts';
import type { Tool } from '../../catalog/index.ts';
import type { Planner, PlannerInput, PlannerStep } from '../planner.ts';
import { buildContext, functionName } from './context.ts';

export interface LlmPlannerOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  /** Context budget in tokens (visible truncation beyond it). */
  budgetTokens?: number;
  timeoutMs?: number;
  maxRetries?: number;
  /** Streamed text as it arrives. */
  onText?: (delta: string) => void;
}

/**
 * The planner over any OpenAI-compatible chat-completions endpoint with tool calling and
 * streaming. It proposes steps; the orchestrator's guard and the trust layer decide.
 */
export class LlmPlanner implements Planner {
  readonly name = 'llm' as const;
  readonly #client: OpenAI;
  readonly #options: LlmPlannerOptions;

  constructor(options: LlmPlannerOptions) {
    this.#options = options;
    this.#client = new OpenAI({
      baseURL: options.baseUrl, apiKey: options.apiKey ?? 'none',
      timeout: options.timeoutMs ?? 60_000, maxRetries: options.maxRetries ?? 2,
    });
  }

  async next(input: PlannerInput): Promise<PlannerStep> {
    const tools = discover(input);
    const { messages, tools: functions, truncated } = buildContext(input, tools, this.#options.budgetTokens ?? 24_000);
    if (truncated.length) log.warn({ truncated }, 'context over budget: parts left out (marked in the prompt)');
    let text = '';
    const calls = new Map<number, { name: string; arguments: string }>();
    try {
      const stream = await this.#client.chat.completions.create({
        model: this.#options.model, messages, stream: true,
        ...(functions.length ? { tools: functions, tool_choice: 'auto' as const } : {}),
      });
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta;
        if (delta?.content) {
          text += delta.content;
          this.#options.onText?.(delta.content);
        }
        for (const call of delta?.tool_calls ?? []) {
          const entry = calls.get(call.index) ?? { name: '', arguments: '' };
          entry.name += call.function?.name ?? '';
          entry.arguments += call.function?.arguments ?? '';
          calls.set(call.index, entry);
        }
      }
    } catch (error) {
      throw new AgentOsError('UNAVAILABLE', `the language model at ${this.#options.baseUrl} did not answer: ${(error as Error).message}`, {
        fix: 'check AGENTOS_LLM_BASE_URL / AGENTOS_LLM_API_KEY / AGENTOS_LLM_MODEL, or unset them to use the local planner',
      }, { cause: error });
    }
    const first = calls.get(Math.min(...calls.keys()));
    if (first) {
      const tool = tools.find((t) => functionName(t) === first.name);
      let args: Record<string, unknown> = {};
      try {
        args = first.arguments ? (JSON.parse(first.arguments) as Record<string, unknown>) : {};
      } catch {
        return { type: 'reply', text: input.user.lang === 'en' ? 'Sorry, I could not work out that step. Please say it again.' : '抱歉，这一步我没处理好，请再说一遍。', awaitUser: true };
      }
      return { type: 'call', toolId: tool?.id ?? first.name, arguments: args };
    }
    return { type: 'reply', text: text.trim(), awaitUser: /[?？]\s*$/.test(text.trim()) };
  }
}

/** Discovery for the model: the best hits for the latest request plus the tools of apps already in use. */
function discover(input: PlannerInput): Tool[] {
  const lastUser = [...input.transcript].reverse().find((t) => t.role === 'user');
  const query = lastUser && lastUser.role === 'user' ? lastUser.text : '';
  const hits = query ? input.catalog.search(query, 8) : [];
  const used = new Set(input.transcript.flatMap((t) => (t.role === 'tool-call' ? [t.toolId.split('.')[0] ?? ''] : [])));
  for (const appId of new Set(hits.slice(0, 2).map((h) => h.appId))) used.add(appId);
  const tools = [...hits, ...[...used].flatMap((a) => input.catalog.toolsOf(a))];
  return tools.filter((t, i) => tools.findIndex((x) => x.id === t.id) === i);
}
