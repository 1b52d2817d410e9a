import type { Tool } from '../catalog/index.ts';
import type { SessionState } from './session-state.ts';

export type GuardVerdict = { ok: true } | { ok: false; reason: string };

/** A parameter that takes an ID: named …Id/…Ids, or described as coming from a sibling API. */
export function idParameters(tool: Tool): { name: string; source: string | undefined; many: boolean }[] {
  const out: { name: string; source: string | undefined; many: boolean }[] = [];
  for (const [name, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
    const description = schema.description ?? '';
    // A list of objects (`snacks: [{ snackId, qty }]`) is not an ID: the IDs inside its items are.
    if (schema.type === 'object' || (schema.type === 'array' && (schema.items?.type === 'object' || schema.items?.properties))) continue;
    // A parameter that lists its values (`packId: enum [pack10]`) takes one the skill declared, not one to look up.
    if (schema.enum) continue;
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

/**
 * No data flows from one mini-program into another's arguments unless the user's own words
 * carry it: a value that only another app returned (a phone number, an address, an order
 * number) is refused, so one third party cannot hand the user's data to the next.
 */
export function checkDataFlow(tool: Tool, args: Record<string, unknown>, transcript: SessionState['transcript']): GuardVerdict {
  const userText = transcript.filter((t) => t.role === 'user').map((t) => t.text).join('\n');
  const foreign: string[] = [];
  for (const t of transcript) {
    if (t.role !== 'tool-result' || t.toolId.split('.')[0] === tool.appId) continue;
    foreign.push(t.content, JSON.stringify(t.structuredContent ?? {}));
  }
  if (!foreign.length) return { ok: true };
  const elsewhere = foreign.join('\n');
  for (const value of strings(args)) {
    if (value.length < 4 || COMMON.test(value) || userText.includes(value) || !elsewhere.includes(value)) continue;
    if (ownResults(transcript, tool.appId).includes(value)) continue;
    return {
      ok: false,
      reason: `Refused: "${value}" came from another mini-program, not from the user; ${tool.appName} may only receive it if the user says it. Ask the user instead.`,
    };
  }
  return { ok: true };
}

/** Dates, times and short numbers (quantities, amounts) are the planner's own reading of the user's words, not another app's data. */
const COMMON = /^(\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{1,6}(\.\d+)?)$/;

function ownResults(transcript: SessionState['transcript'], appId: string): string {
  return transcript
    .flatMap((t) => (t.role === 'tool-result' && t.toolId.split('.')[0] === appId ? [t.content, JSON.stringify(t.structuredContent ?? {})] : []))
    .join('\n');
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
