import { log } from '../core/index.ts';
import type { ApiDeclaration, MiniProgramPackage } from '../package/index.ts';
import { readHandoff } from './handoff.ts';
import { checkAgainst } from './schemas.ts';
import type { ApiEnvelope } from './types.ts';

/** `content`, `structuredContent` and `_meta` are each capped at 200 KB. */
export const ENVELOPE_PART_LIMIT = 200 * 1024;

/** The user's language, as a call carries it. */
export type Locale = 'zh_CN' | 'en';

/** Picks the user's language for a message the user may read. */
export function say(locale: Locale | undefined, zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}

/** An isError envelope with one text: how the hub reports a call that failed. */
export function errorEnvelope(text: string): ApiEnvelope {
  return { isError: true, content: [{ type: 'text', text }] };
}

/** What the result is checked against, besides the API: the package (handoff pages) and the user's language. */
export interface EnvelopeContext {
  pkg?: MiniProgramPackage;
  locale?: Locale;
}

/**
 * Checks what a handler returned against MINIPROGRAM-AI.md. A malformed result becomes an
 * isError envelope that names the problem in the user's language. A `structuredContent` that
 * does not match the outputSchema is only logged (WeChat checks it at review, not at call time).
 */
export function checkEnvelope(raw: unknown, api: ApiDeclaration, context: EnvelopeContext = {}): ApiEnvelope {
  const { locale } = context;
  const bug = (zh: string, en: string) => errorEnvelope(say(locale, `${api.name} 的返回结果${zh}（小程序的缺陷，需开发者修复）`, `the result of ${api.name} ${en} (mini-program bug)`));
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return bug('不是带 content 数组的对象：应返回 { content: [{ type: \'text\', text }] }', 'is not an object with a content array: return { content: [{ type: \'text\', text }] }');
  }
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.content) || r.content.length === 0) {
    return bug('没有 content：每个结果都需要 content [{ type: \'text\', text }]', 'has no content: every result needs content [{ type: \'text\', text }]');
  }
  const content: ApiEnvelope['content'] = [];
  for (const part of r.content) {
    const p = part as { type?: unknown; text?: unknown };
    if (!p || p.type !== 'text' || typeof p.text !== 'string') return bug('的 content 只能是 { type: \'text\', text }', 'has content parts that are not { type: \'text\', text }');
    content.push({ type: 'text', text: p.text });
  }
  for (const key of ['content', 'structuredContent', '_meta'] as const) {
    if (r[key] !== undefined && JSON.stringify(r[key]).length > ENVELOPE_PART_LIMIT) return bug(`的 ${key} 超过 200 KB`, `has a ${key} larger than 200 KB`);
  }
  const envelope: ApiEnvelope = { isError: r.isError === true, content };
  if (r.structuredContent !== undefined && r.structuredContent !== null) {
    if (!isPlainObject(r.structuredContent)) return bug('的 structuredContent 必须是对象', 'has a structuredContent that is not an object');
    envelope.structuredContent = r.structuredContent;
    const mismatch = outputMismatch(envelope, api);
    if (mismatch) log.warn({ api: api.name, problem: mismatch }, 'structuredContent does not match its outputSchema (kept as returned)');
  }
  if (isPlainObject(r._meta)) envelope._meta = r._meta;
  if (isPlainObject(r.handoff)) {
    const handoff = readHandoff(r.handoff, api, context.pkg);
    if (handoff) envelope.handoff = handoff;
  }
  if (Array.isArray(r.apiCalls)) {
    envelope.apiCalls = r.apiCalls
      .filter((c): c is { name: string; arguments?: unknown } => isPlainObject(c) && typeof c.name === 'string')
      .map((c) => ({ name: c.name, arguments: isPlainObject(c.arguments) ? c.arguments : {} }));
  }
  return envelope;
}

/** How a successful result's `structuredContent` misses the API's outputSchema, for logs and review; undefined when it matches. */
export function outputMismatch(envelope: ApiEnvelope, api: ApiDeclaration): string | undefined {
  if (!api.outputSchema || envelope.isError || !envelope.structuredContent) return undefined;
  return checkAgainst(api.outputSchema, structuredClone(envelope.structuredContent), 'structuredContent');
}

/** The message a call with arguments that miss the inputSchema gets, in the user's language. */
export function invalidArguments(apiName: string, problem: string, locale?: Locale): string {
  return say(locale, `调用 ${apiName} 的参数不符合它的 inputSchema：${problem}。请按 inputSchema 修正后再调用。`, `Invalid arguments for ${apiName}: ${problem}. Check the API's inputSchema and call again.`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
