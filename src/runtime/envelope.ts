import type { ApiDeclaration } from '../package/index.ts';
import { checkAgainst } from './schemas.ts';
import type { ApiEnvelope } from './types.ts';

/** `content`, `structuredContent` and `_meta` are each capped at 200 KB. */
export const ENVELOPE_PART_LIMIT = 200 * 1024;

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
    envelope.handoff = {
      path: h.path as string,
      ...(typeof h.query === 'string' ? { query: h.query } : {}),
      ...(h.payload !== undefined ? { payload: h.payload } : {}),
    };
  }
  if (Array.isArray(r.apiCalls)) {
    envelope.apiCalls = r.apiCalls
      .filter((c): c is { name: string; arguments?: unknown } => isPlainObject(c) && typeof c.name === 'string')
      .map((c) => ({ name: c.name, arguments: isPlainObject(c.arguments) ? c.arguments : {} }));
  }
  return envelope;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
