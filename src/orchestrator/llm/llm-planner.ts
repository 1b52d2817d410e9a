import OpenAI from 'openai';
import { log } from '../../core/index.ts';
import { appOfTool, type Tool } from '../../catalog/index.ts';
import type { Planner, PlannerInput, PlannerStep } from '../planner.ts';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { buildContext, estimateTokens, functionName } from './context.ts';
import { budgetSpent, isRetryable, modelError } from './model-errors.ts';

export interface LlmPlannerOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  /** Context budget in tokens (visible truncation beyond it). */
  budgetTokens?: number;
  /** Tokens one conversation may spend on the model in all (prompt + completion); past it the planner stops with a clear error. */
  tokenBudget?: number;
  /** The most tokens one answer of the model may take (`max_tokens`). */
  maxOutputTokens?: number;
  timeoutMs?: number;
  /** Tries after the first, for failures that may pass (no answer, 408/409/429/5xx), with exponential backoff. */
  maxRetries?: number;
  /** The first backoff in ms (doubled each try, with jitter); tests set it small. */
  retryBaseMs?: number;
  /** Streamed text as it arrives (beside the entrance's stream). */
  onText?: (delta: string) => void;
}

/** What the planner keeps in the session between steps: the tokens spent so far. */
interface LlmMemo {
  tokensUsed: number;
}

/**
 * The planner over any OpenAI-compatible chat-completions endpoint with tool calling and
 * streaming. It proposes steps; the orchestrator's guard and the trust layer decide. Text
 * and tool calls stream to the entrance as they arrive; failures that may pass are retried
 * with backoff (only before anything reached the user); each conversation has a token budget.
 */
export class LlmPlanner implements Planner {
  readonly name = 'llm' as const;
  readonly #client: OpenAI;
  readonly #options: LlmPlannerOptions;

  constructor(options: LlmPlannerOptions) {
    this.#options = options;
    // Retries are ours (they must not repeat a stream the user already saw).
    this.#client = new OpenAI({ baseURL: options.baseUrl, apiKey: options.apiKey ?? 'none', timeout: options.timeoutMs ?? 60_000, maxRetries: 0 });
  }

  async next(input: PlannerInput): Promise<PlannerStep> {
    const lang = input.user.lang === 'en' ? 'en' : 'zh';
    const memo: LlmMemo = { tokensUsed: Number((input.memo as Partial<LlmMemo> | undefined)?.tokensUsed) || 0 };
    const budget = this.#options.tokenBudget;
    if (budget !== undefined && memo.tokensUsed >= budget) throw budgetSpent(memo.tokensUsed, budget, lang);
    const tools = discover(input);
    const { messages, tools: functions, truncated } = buildContext(input, tools, this.#options.budgetTokens ?? 24_000);
    if (truncated.length) log.warn({ truncated }, 'context over budget: parts left out (marked in the prompt)');
    const retries = this.#options.maxRetries ?? 2;
    let answer: Streamed | undefined;
    for (let attempt = 0; !answer; attempt++) {
      const streamed = { any: false };
      try {
        answer = await this.#ask(input, messages, functions, streamed);
      } catch (error) {
        if (attempt >= retries || streamed.any || !isRetryable(error)) {
          throw modelError(error, { baseUrl: this.#options.baseUrl, model: this.#options.model, lang, attempts: attempt + 1 });
        }
        const wait = (this.#options.retryBaseMs ?? 500) * 2 ** attempt * (0.5 + Math.random() / 2);
        log.warn({ attempt: attempt + 1, waitMs: Math.round(wait), error: (error as Error).message }, 'language model failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    memo.tokensUsed += answer.usage ?? estimateTokens(JSON.stringify(messages)) + estimateTokens(JSON.stringify(functions)) + estimateTokens(answer.text + JSON.stringify([...answer.calls.values()]));
    const first = answer.calls.get(Math.min(...answer.calls.keys()));
    if (first) {
      const tool = tools.find((t) => functionName(t) === first.name);
      let args: Record<string, unknown> = {};
      try {
        args = first.arguments ? (JSON.parse(first.arguments) as Record<string, unknown>) : {};
      } catch {
        return { type: 'reply', text: lang === 'en' ? 'Sorry, I could not work out that step. Please say it again.' : '抱歉，这一步我没处理好，请再说一遍。', awaitUser: true, memo };
      }
      return { type: 'call', toolId: tool?.id ?? first.name, arguments: args, memo };
    }
    const text = answer.text.trim();
    return { type: 'reply', text, awaitUser: /[?？]\s*$/.test(text), memo, streamed: input.stream !== undefined && text.length > 0 };
  }

  /** One streamed request; what arrives goes to the entrance at once. */
  async #ask(input: PlannerInput, messages: ChatCompletionMessageParam[], functions: ChatCompletionTool[], streamed: { any: boolean }): Promise<Streamed> {
    const out: Streamed = { text: '', calls: new Map() };
    const stream = await this.#client.chat.completions.create({
      model: this.#options.model, messages, stream: true, stream_options: { include_usage: true },
      ...(this.#options.maxOutputTokens ? { max_tokens: this.#options.maxOutputTokens } : {}),
      ...(functions.length ? { tools: functions, tool_choice: 'auto' as const } : {}),
    });
    for await (const chunk of stream) {
      if (chunk.usage?.total_tokens) out.usage = chunk.usage.total_tokens;
      const delta = chunk.choices[0]?.delta;
      if (delta?.content) {
        out.text += delta.content;
        streamed.any = true;
        input.stream?.({ type: 'text-delta', text: delta.content });
        this.#options.onText?.(delta.content);
      }
      for (const call of delta?.tool_calls ?? []) {
        const entry = out.calls.get(call.index) ?? { name: '', arguments: '' };
        entry.name += call.function?.name ?? '';
        entry.arguments += call.function?.arguments ?? '';
        out.calls.set(call.index, entry);
        streamed.any = true;
        input.stream?.({ type: 'tool-call-delta', index: call.index, name: entry.name, arguments: call.function?.arguments ?? '' });
      }
    }
    return out;
  }
}

interface Streamed {
  text: string;
  calls: Map<number, { name: string; arguments: string }>;
  usage?: number;
}

/** Discovery for the model: the best hits for the latest request plus the tools of apps already in use. */
function discover(input: PlannerInput): Tool[] {
  const lastUser = [...input.transcript].reverse().find((t) => t.role === 'user');
  const query = lastUser && lastUser.role === 'user' ? lastUser.text : '';
  const hits = query ? input.catalog.search(query, 8) : [];
  const used = new Set(input.transcript.flatMap((t) => (t.role === 'tool-call' ? [appOfTool(t.toolId)] : [])));
  for (const appId of new Set(hits.slice(0, 2).map((h) => h.appId))) used.add(appId);
  const tools = [...hits, ...[...used].flatMap((a) => input.catalog.toolsOf(a))];
  return tools.filter((t, i) => tools.findIndex((x) => x.id === t.id) === i);
}
