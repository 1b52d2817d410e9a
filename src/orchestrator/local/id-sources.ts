import type { Tool } from '../../catalog/index.ts';
import type { JsonSchema } from '../../package/index.ts';
import { idParameters } from '../guard.ts';
import type { Transcript } from '../planner.ts';
import { readsOnly } from './tool-kinds.ts';

/** An ID parameter and where its values come from: a sibling API and, when known, the list in its result. */
export interface IdParam {
  name: string;
  source: string | undefined;
  many: boolean;
  /** The key of the list in the source's result (`films` for `films[].id`), when the schema or a result shows it. */
  listKey?: string;
  /** The key inside each listed object that holds the ID (`id`, or the parameter's own name). */
  idKey?: string;
}

const ID_NAME = /(?:Ids?|_ids?|ID|No)$/;

/**
 * The ID parameters of a tool and their sources, read from the skill itself: a description
 * that names the API, else the output schemas (and earlier results) of the other APIs of the
 * same skill: `filmId` comes from the API whose result lists `films[].id` or `[].filmId`.
 */
export function idParams(tool: Tool, siblings: Tool[], transcript: Transcript[] = []): IdParam[] {
  const named = new Map(idParameters(tool).map((p) => [p.name, p]));
  const out: IdParam[] = [];
  for (const [name, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
    const described = named.get(name);
    const isId = described || ID_NAME.test(name) || /(?:^|\b)ID\b|编号|单号|\bid\b|\btracking number\b/.test(schema.description ?? '');
    if (!isId || schema.enum) continue;
    const many = schema.type === 'array' || /Ids$/.test(name);
    const others = siblings.filter((s) => s.id !== tool.id && s.skill === tool.skill);
    // A description may name both the API that makes the thing and the list that reads it
    // (「来自 makeReservation 或 listReservations 的 orderId」): IDs are looked up, never made, so the list.
    const namedSources = described?.source ? others.filter((s) => new RegExp(`\\b${s.api}\\b`).test(schema.description ?? '')) : [];
    const source = namedSources.find(readsOnly)?.api ?? described?.source;
    const fromSchema = source ? listOf(others.find((s) => s.api === source), name, transcript) : undefined;
    if (source) {
      out.push({ name, source, many, ...(fromSchema ?? {}) });
      continue;
    }
    // An API that makes things is a source only of what it has already made: cancelling is no reason to book.
    const ranked = others
      .filter((s) => !makesThings(s) || hasResult(s, transcript))
      .map((s) => ({ s, list: listOf(s, name, transcript), score: sourceScore(s, name, schema, transcript) }))
      .filter((x) => (x.list ? x.score > 0 : x.score >= 2))
      .sort((a, b) => b.score - a.score);
    const best = ranked[0];
    if (best && (ranked.length === 1 || best.score > ranked[1]!.score)) out.push({ name, source: best.s.api, many, ...(best.list ?? {}) });
    else if (ID_NAME.test(name)) out.push({ name, source: undefined, many });
  }
  return out;
}

/** An API that creates, changes or pays for something (`bookSession`, `createOrder`, `cancelReservation`). */
function makesThings(tool: Tool): boolean {
  if (readsOnly(tool)) return false;
  return tool.annotations?.destructiveHint === true
    || /^(?:create|book|submit|place|pay|add|reserve|cancel|delete|remove|update|confirm|make|buy|order|apply|checkout|purchase|send)(?:[A-Z_]|$)/.test(tool.api.replace(/^[A-Z]/, (c) => c.toLowerCase()));
}

function hasResult(tool: Tool, transcript: Transcript[]): boolean {
  return transcript.some((t) => t.role === 'tool-result' && t.toolId === tool.id && !t.isError);
}

/** The stem of an ID parameter: `filmId` → `film`, `cinema_id` → `cinema`. */
export function idStem(name: string): string {
  return name.replace(/(?:_?ids?|ID|No)$/i, '').toLowerCase();
}

/** The singular of a list's key, a wrapper word (`…List`, `items`) left out: `films` → film, `classes` → class. */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/(list|items|_list)$/, '');
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('ses') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w;
}

/** How strongly a sibling looks like the source of the parameter (0: not at all). */
function sourceScore(source: Tool, name: string, schema: JsonSchema, transcript: Transcript[]): number {
  const list = listOf(source, name, transcript);
  // Without an output schema or a result, only the names can say it (a read-only `listFilms` for `filmId`).
  if (!list && source.outputSchema) return 0;
  const stem = idStem(name);
  let score = 0;
  if (list?.idKey === name) score += 3;
  if (list?.listKey && stem && (singular(list.listKey) === stem || singular(list.listKey).endsWith(stem) || stem.endsWith(singular(list.listKey)))) score += 3;
  if (source.annotations?.readOnlyHint || /^(get|list|search|query|find|fetch)/i.test(source.api)) score += 1;
  if (stem && source.api.toLowerCase().includes(stem)) score += 1;
  const noun = (schema.description ?? '').match(/^([\u4e00-\u9fff]{2,6}?)(?:的)?(?:ID|编号|id)/)?.[1];
  if (noun && source.description.includes(noun)) score += 1;
  return score;
}

/** Where a sibling's result lists objects that carry an ID, by its output schema or else its last result. */
function listOf(source: Tool | undefined, name: string, transcript: Transcript[]): { listKey?: string; idKey: string } | undefined {
  if (!source) return undefined;
  const fromSchema = source.outputSchema ? listInSchema(source.outputSchema, name) : undefined;
  if (fromSchema) return fromSchema;
  for (let i = transcript.length - 1; i >= 0; i--) {
    const t = transcript[i];
    if (t?.role === 'tool-result' && t.toolId === source.id && !t.isError) return listInValue(t.structuredContent, name);
  }
  return undefined;
}

function listInSchema(schema: JsonSchema, name: string, key?: string): { listKey?: string; idKey: string } | undefined {
  if (schema.type === 'array' || schema.items) {
    const props = schema.items?.properties ?? {};
    const idKey = props[name] ? name : props.id ? 'id' : undefined;
    if (idKey) return { ...(key ? { listKey: key } : {}), idKey };
    return schema.items ? listInSchema(schema.items, name, key) : undefined;
  }
  const found = Object.entries(schema.properties ?? {}).map(([k, s]) => listInSchema(s, name, k)).filter((x) => x !== undefined);
  // a result that is the thing itself (`createOrder` → `{ orderId, lines: […] }`) carries the ID at its top
  const itself = key === undefined && isScalar(schema.properties?.[name]) ? { idKey: name } : undefined;
  return found.find((f) => f.idKey === name) ?? itself ?? found.find((f) => f.listKey && idStem(name) && singular(f.listKey).includes(idStem(name))) ?? found[0];
}

function isScalar(schema: JsonSchema | undefined): boolean {
  return schema !== undefined && (schema.type === 'string' || schema.type === 'integer' || schema.type === 'number');
}

function listInValue(value: unknown, name: string, key?: string): { listKey?: string; idKey: string } | undefined {
  if (Array.isArray(value)) {
    const first = value.find((v) => v && typeof v === 'object') as Record<string, unknown> | undefined;
    if (!first) return undefined;
    const idKey = first[name] !== undefined ? name : first.id !== undefined ? 'id' : undefined;
    if (idKey) return { ...(key ? { listKey: key } : {}), idKey };
    // (a list inside each of them that carries the ID itself: a spa's rooms, each with its `roomId`)
    const inside = listInValue(first, name);
    return inside?.idKey === name ? inside : undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const found = Object.entries(value).map(([k, v]) => listInValue(v, name, k)).filter((x) => x !== undefined);
  const own = (value as Record<string, unknown>)[name];
  const itself = key === undefined && (typeof own === 'string' || typeof own === 'number') ? { idKey: name } : undefined;
  return found.find((f) => f.idKey === name) ?? itself ?? found.find((f) => f.listKey && idStem(name) && singular(f.listKey).includes(idStem(name))) ?? found[0];
}
