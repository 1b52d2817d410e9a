import { log, plainCopy } from '../core/index.ts';
import type { ApiDeclaration, MiniProgramPackage } from '../package/index.ts';
import { readHandoff } from './handoff.ts';
import { jsonProblem } from './json-limits.ts';
import { checkAgainst } from './schemas.ts';
import type { ApiEnvelope } from './types.ts';

/** `content`, `structuredContent` and `_meta` are each capped at 200 KB. */
export const ENVELOPE_PART_LIMIT = 200 * 1024;

/** `handoff.payload` (what a page receives) is capped at 64 KB and 16 levels. */
export const HANDOFF_PAYLOAD_LIMIT = 64 * 1024;
/** A result may ask for at most this many chained calls. */
export const API_CALLS_LIMIT = 8;

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
 * Parses what a handler returned (JSON text from the sandbox) and checks it: too large or too
 * deep is an isError envelope before anything recurses into it.
 */
export function readEnvelope(json: string, api: ApiDeclaration, context: EnvelopeContext = {}): { parsed: boolean; envelope: ApiEnvelope } {
  const problem = jsonProblem(json, `the result of ${api.name}`);
  if (problem) return { parsed: false, envelope: errorEnvelope(`${problem} (mini-program bug)`) };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { parsed: false, envelope: errorEnvelope(say(context.locale, `${api.name} 返回的不是 JSON（小程序的缺陷）`, `${api.name} returned something that is not JSON (mini-program bug)`)) };
  }
  return { parsed: true, envelope: checkEnvelope(raw, api, context) };
}

/**
 * Checks what a handler returned against MINIPROGRAM-AI.md. A malformed result becomes an
 * isError envelope that names the problem in the user's language. A `structuredContent` that
 * does not match the outputSchema is only logged (WeChat checks it at review, not at call time).
 */
export function checkEnvelope(raw: unknown, api: ApiDeclaration, context: EnvelopeContext = {}): ApiEnvelope {
  const { locale } = context;
  const bug = (zh: string, en: string) => errorEnvelope(say(locale, `${api.name} 的返回结果${zh}（小程序的缺陷，需开发者修复）`, `the result of ${api.name} ${en} (mini-program bug)`));
  // Stryker disable next-line ConditionalExpression: a primitive has no content array either, and the next check refuses it
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
    // Stryker disable next-line StringLiteral: the log line's wording (its fields are tested)
    if (mismatch) log.warn({ api: api.name, problem: mismatch }, 'structuredContent does not match its outputSchema (kept as returned)');
  }
  if (isPlainObject(r._meta)) envelope._meta = r._meta;
  if (isPlainObject(r.handoff)) {
    const h = r.handoff;
    // Stryker disable next-line ConditionalExpression,StringLiteral: an absent payload measures as 'null', within the limits; the label is not shown (bug() words the refusal); a payload read from JSON always stringifies
    if (h.payload !== undefined && jsonProblem(JSON.stringify(h.payload) ?? 'null', 'handoff.payload', HANDOFF_PAYLOAD_LIMIT, 16)) {
      return bug('的 handoff.payload 超过 64 KB 或嵌套超过 16 层', 'has a handoff.payload over 64 KB or nested deeper than 16 levels');
    }
    if ((typeof h.path === 'string' && h.path.length > 1024) || (typeof h.query === 'string' && h.query.length > 4096)) {
      return bug('的 handoff.path 或 query 过长', 'has a handoff.path or query that is too long');
    }
    const handoff = readHandoff(r.handoff, api, context.pkg);
    if (handoff) envelope.handoff = handoff;
  }
  if (Array.isArray(r.apiCalls)) {
    if (r.apiCalls.length > API_CALLS_LIMIT) return bug(`请求了 ${r.apiCalls.length} 个链式调用（最多 ${API_CALLS_LIMIT} 个）`, `asks for ${r.apiCalls.length} chained calls (at most ${API_CALLS_LIMIT})`);
    envelope.apiCalls = r.apiCalls
      .filter((c): c is { name: string; arguments?: unknown } => isPlainObject(c) && typeof c.name === 'string')
      .map((c) => ({ name: c.name, arguments: isPlainObject(c.arguments) ? c.arguments : {} }));
  }
  return envelope;
}

/** How a successful result's `structuredContent` misses the API's outputSchema, for logs and review; undefined when it matches. */
export function outputMismatch(envelope: ApiEnvelope, api: ApiDeclaration): string | undefined {
  if (!api.outputSchema || envelope.isError || !envelope.structuredContent) return undefined;
  return checkAgainst(api.outputSchema, plainCopy(envelope.structuredContent), 'structuredContent');
}

/** The message a call with arguments that miss the inputSchema gets, in the user's language. */
export function invalidArguments(apiName: string, problem: string, locale?: Locale): string {
  return say(locale, `调用 ${apiName} 的参数不符合它的 inputSchema：${problem}。请按 inputSchema 修正后再调用。`, `Invalid arguments for ${apiName}: ${problem}. Check the API's inputSchema and call again.`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
