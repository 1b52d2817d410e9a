import { appOfTool, type Tool } from '../catalog/index.ts';
import type { SessionState } from './session-state.ts';

export type GuardVerdict = { ok: true } | { ok: false; reason: string };

type IdParameter = { name: string; source: string | undefined; many: boolean };

/**
 * Each tool's ID parameters, found once: a live tool's schema and siblings never change (the
 * catalog makes new tools when it moves), and finding them builds a pattern per sibling and parameter.
 */
const idParametersOf = new WeakMap<Tool, readonly IdParameter[]>();

/** A parameter that takes an ID: named …Id/…Ids, or described as coming from a sibling API. */
export function idParameters(tool: Tool): readonly IdParameter[] {
  let found = idParametersOf.get(tool);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; finding a tool's parameters again finds the same ones (its false twin, which returns none, is ignored with it)
  if (!found) idParametersOf.set(tool, (found = findIdParameters(tool)));
  return found;
}

function findIdParameters(tool: Tool): IdParameter[] {
  const out: IdParameter[] = [];
  for (const [name, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
    // Stryker disable next-line StringLiteral: a missing description reads as no text; no placeholder can name a sibling and say ID
    const description = schema.description ?? '';
    // A list of objects (`snacks: [{ snackId, qty }]`) is not an ID: the IDs inside its items are.
    if (schema.type === 'object' || (schema.type === 'array' && (schema.items?.type === 'object' || schema.items?.properties))) continue;
    // A parameter that lists its values (`packId: enum [pack10]`) takes one the skill declared, not one to look up.
    if (schema.enum) continue;
    const source = tool.siblings.find((s) => s !== tool.api && new RegExp(`\\b${s}\\b`).test(description));
    if (/Ids?$/.test(name) || (source && /ID|编号|id\b/i.test(description))) {
      // Stryker disable next-line Regex: equivalent in practice: a name with `Ids` inside it that is not at its end does not occur
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
  // Stryker disable next-line MethodExpression,LogicalOperator: equivalent: a property that is not a list of objects is skipped below (not an array, or no item properties to read)
  // Stryker disable next-line ConditionalExpression: equivalent: a property that is not a list of objects is skipped below
  const items = Object.entries(tool.inputSchema.properties ?? {}).filter(([, s]) => s.type === 'array' && s.items?.properties);
  for (const [name, schema] of items) {
    const list = args[name];
    if (!Array.isArray(list)) continue;
    const inner = { ...tool, inputSchema: schema.items ?? {} };
    // Stryker disable next-line ConditionalExpression: equivalent: a string item has no fields to read (null, which would throw, is tested)
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
  // Stryker disable next-line ConditionalExpression: equivalent: an array read as an object has numeric keys, never ID-like ones
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
  // Stryker disable next-line ArrayDeclaration: equivalent: a placeholder in the foreign text is no value a call carries
  const foreign: string[] = [];
  for (const t of transcript) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent: a value this app returned itself is let through below whichever results count as foreign here
    if (t.role !== 'tool-result' || t.by === 'hub' || appOfTool(t.toolId) === tool.appId) continue;
    // Stryker disable next-line LogicalOperator: equivalent: a result without structured content adds no text either way
    foreign.push(t.content, JSON.stringify(t.structuredContent ?? {}));
  }
  // Stryker disable next-line ConditionalExpression: equivalent: a shortcut; with no foreign text, no value is found in it below (its true twin is ignored with it)
  if (!foreign.length) return { ok: true };
  // Stryker disable next-line StringLiteral: equivalent in practice: a value spanning two results' texts does not occur
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

/** What the mini-program itself returned in this conversation (never the hub's refusals, which quote what they refuse). */
function ownResults(transcript: SessionState['transcript'], appId: string): string {
  return transcript
    .flatMap((t) => (t.role === 'tool-result' && t.by !== 'hub' && appOfTool(t.toolId) === appId ? [t.content, JSON.stringify(t.structuredContent ?? {})] : []))
    .join('\n');
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  // Stryker disable next-line ConditionalExpression: equivalent: an array read as an object gives the same values
  if (Array.isArray(value)) return value.flatMap(strings);
  // Stryker disable next-line ConditionalExpression: equivalent: a number or boolean has no values (null, which would throw, is tested)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  // Stryker disable next-line ArrayDeclaration: equivalent: a placeholder for a number or boolean is found in no result
  return [];
}
