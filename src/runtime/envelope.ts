import type { ApiDeclaration } from '../package/index.ts';
import { jsonProblem } from './json-limits.ts';
import { checkAgainst } from './schemas.ts';
import type { ApiEnvelope } from './types.ts';

/** `content`, `structuredContent` and `_meta` are each capped at 200 KB. */
export const ENVELOPE_PART_LIMIT = 200 * 1024;
/** `handoff.payload` (what a page receives) is capped at 64 KB and 16 levels. */
export const HANDOFF_PAYLOAD_LIMIT = 64 * 1024;
/** A result may ask for at most this many chained calls. */
export const API_CALLS_LIMIT = 8;

/**
 * Parses what a handler returned (JSON text from the sandbox) and checks it: too large or too
 * deep is an isError envelope before anything recurses into it.
 */
export function readEnvelope(json: string, api: ApiDeclaration): { parsed: boolean; envelope: ApiEnvelope } {
  const problem = jsonProblem(json, `the result of ${api.name}`);
  if (problem) return { parsed: false, envelope: errorEnvelope(`${problem} (mini-program bug)`) };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { parsed: false, envelope: errorEnvelope(`${api.name} returned something that is not JSON (mini-program bug)`) };
  }
  return { parsed: true, envelope: checkEnvelope(raw, api) };
}

/** An isError envelope with one text: how the hub reports a call that failed. */
export function errorEnvelope(text: string): ApiEnvelope {
  return { isError: true, content: [{ type: 'text', text }] };
}

/**
 * Checks what a handler returned against MINIPROGRAM-AI.md and the API's outputSchema.
 * A malformed result becomes an isError envelope that names the problem.
 */
export function checkEnvelope(raw: unknown, api: ApiDeclaration): ApiEnvelope {
  const where = `the result of ${api.name}`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return errorEnvelope(`${where} is not an object with a content array (mini-program bug: return { content: [{ type: 'text', text }] })`);
  }
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.content) || r.content.length === 0) {
    return errorEnvelope(`${where} has no content: every result needs content [{ type: 'text', text }] (mini-program bug)`);
  }
  const content: ApiEnvelope['content'] = [];
  for (const part of r.content) {
    const p = part as { type?: unknown; text?: unknown };
    if (!p || p.type !== 'text' || typeof p.text !== 'string') {
      return errorEnvelope(`${where}: content parts must be { type: 'text', text } (mini-program bug)`);
    }
    content.push({ type: 'text', text: p.text });
  }
  for (const key of ['content', 'structuredContent', '_meta'] as const) {
    if (r[key] !== undefined && JSON.stringify(r[key]).length > ENVELOPE_PART_LIMIT) {
      return errorEnvelope(`${where}: ${key} is larger than 200 KB (mini-program bug)`);
    }
  }
  const envelope: ApiEnvelope = { isError: r.isError === true, content };
  if (r.structuredContent !== undefined) {
    if (!isPlainObject(r.structuredContent)) return errorEnvelope(`${where}: structuredContent must be an object`);
    envelope.structuredContent = r.structuredContent;
    if (api.outputSchema && !envelope.isError) {
      const problem = checkAgainst(api.outputSchema, envelope.structuredContent, 'structuredContent');
      if (problem) return errorEnvelope(`${where} does not match its outputSchema: ${problem} (mini-program bug)`);
    }
  }
  if (isPlainObject(r._meta)) envelope._meta = r._meta;
  if (isPlainObject(r.handoff) && typeof r.handoff.path === 'string') {
    const h = r.handoff;
    if (h.payload !== undefined) {
      const payload = jsonProblem(JSON.stringify(h.payload) ?? 'null', `${where}: handoff.payload`, HANDOFF_PAYLOAD_LIMIT, 16);
      if (payload) return errorEnvelope(`${payload} (mini-program bug)`);
    }
    if ((h.path as string).length > 1024 || (typeof h.query === 'string' && h.query.length > 4096)) return errorEnvelope(`${where}: handoff.path or query is too long (mini-program bug)`);
    envelope.handoff = {
      path: h.path as string,
      ...(typeof h.query === 'string' ? { query: h.query } : {}),
      ...(h.payload !== undefined ? { payload: h.payload } : {}),
    };
  }
  if (Array.isArray(r.apiCalls)) {
    if (r.apiCalls.length > API_CALLS_LIMIT) return errorEnvelope(`${where} asks for ${r.apiCalls.length} chained calls (at most ${API_CALLS_LIMIT}) (mini-program bug)`);
    envelope.apiCalls = r.apiCalls
      .filter((c): c is { name: string; arguments?: unknown } => isPlainObject(c) && typeof c.name === 'string')
      .map((c) => ({ name: c.name, arguments: isPlainObject(c.arguments) ? c.arguments : {} }));
  }
  return envelope;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
