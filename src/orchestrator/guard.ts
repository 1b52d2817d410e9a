import type { Tool } from '../catalog/index.ts';
import type { SessionState } from './session-state.ts';

export type GuardVerdict = { ok: true } | { ok: false; reason: string };

/** A parameter that takes an ID: named …Id/…Ids, or described as coming from a sibling API. */
export function idParameters(tool: Tool): { name: string; source: string | undefined; many: boolean }[] {
  const out: { name: string; source: string | undefined; many: boolean }[] = [];
  for (const [name, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
    const description = schema.description ?? '';
    const source = tool.siblings.find((s) => s !== tool.api && new RegExp(`\\b${s}\\b`).test(description));
    if (/Ids?$/.test(name) || (source && /ID|编号|id\b/i.test(description))) {
      out.push({ name, source, many: schema.type === 'array' || /Ids$/.test(name) });
    }
  }
  return out;
}

/** Every string value found anywhere in a value (IDs inside nested items included). */
function collectIdArgs(tool: Tool, args: Record<string, unknown>): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const p of idParameters(tool)) {
    const v = args[p.name];
    for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.push({ name: p.name, value: String(x) });
  }
  const items = Object.entries(tool.inputSchema.properties ?? {}).filter(([, s]) => s.type === 'array' && s.items?.properties);
  for (const [name, schema] of items) {
    const list = args[name];
    if (!Array.isArray(list)) continue;
    const inner = { ...tool, inputSchema: schema.items ?? {} };
    for (const item of list) if (item && typeof item === 'object') out.push(...collectIdArgs(inner, item as Record<string, unknown>).map((x) => ({ ...x, name: `${name}[].${x.name}` })));
  }
  return out;
}

/**
 * ID discipline: an ID argument must have appeared in an earlier result of this session
 * (or come from the user: their words or their remembered preferences). A fabricated ID
 * goes back to the planner as a recoverable refusal.
 */
export function checkIds(tool: Tool, args: Record<string, unknown>, state: Pick<SessionState, 'knownIds' | 'transcript'>): GuardVerdict {
  const known = new Set(state.knownIds);
  const userText = state.transcript.filter((t) => t.role === 'user').map((t) => t.text).join('\n');
  for (const { name, value } of collectIdArgs(tool, args)) {
    if (known.has(value) || (value.length >= 3 && userText.includes(value))) continue;
    return {
      ok: false,
      reason: `Refused: ${name}="${value}" did not come from any earlier result in this conversation. Call the API that returns it first (see the parameter's description); never invent an ID.`,
    };
  }
  return { ok: true };
}

/** Every `id`-like value in a result (`id`, `…Id`, `…No`, `code`), so later calls may use them. */
export function harvestIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) harvestIds(v, into);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((typeof v === 'string' || typeof v === 'number') && /(^id$|Id$|^code$|No$|Number$|^number$|^ref$)/.test(k)) into.add(String(v));
      else harvestIds(v, into);
    }
  }
}
