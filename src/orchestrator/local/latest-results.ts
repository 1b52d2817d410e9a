import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import type { Entity } from '../understand/index.ts';
import { entitiesIn, isIdKey } from './entities.ts';

/** The entities the latest successful result of `toolId` listed, if it was called (every list under the key, however nested). */
export function latestEntities(transcript: readonly Transcript[], toolId: string, list?: { listKey?: string; idKey?: string }): Entity[] | undefined {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const t = transcript[i];
    if (t?.role !== 'tool-result' || t.toolId !== toolId) continue;
    if (t.isError) return undefined;
    return entitiesOfContent(t.structuredContent, list);
  }
  return undefined;
}

/** The things every successful result read lists. */
export function entitiesRead(read: readonly Transcript[]): Entity[] {
  return read.flatMap((t) => (t.role === 'tool-result' && !t.isError ? entitiesIn(t.structuredContent) : []));
}

/** The entities one result lists (under the list's key where it is known). */
export function entitiesOfContent(content: unknown, list?: { listKey?: string; idKey?: string }): Entity[] {
  const listed = list?.listKey ? findKey(content, list.listKey) : undefined;
  return entitiesIn(listed ?? content, list?.idKey);
}

/** Every value under `key`, at any depth: a club's coaches and the next club's (lists joined into one). */
function findKey(value: unknown, key: string): unknown {
  const found: unknown[] = [];
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if (!Array.isArray(v) && key in v) {
      found.push(withOwner((v as Record<string, unknown>)[key], v as Record<string, unknown>));
      return;
    }
    for (const child of Object.values(v)) walk(child);
  };
  walk(value);
  if (found.length <= 1) return found[0];
  return found.every(Array.isArray) ? found.flat() : found;
}

/** A list's items with the IDs of what holds them (a room type with its `hotelId`), where they do not say it themselves. */
function withOwner(list: unknown, owner: Record<string, unknown>): unknown {
  const ids = Object.entries(owner).filter(([k, v]) => isIdKey(k) && (typeof v === 'string' || typeof v === 'number'));
  if (!Array.isArray(list) || !ids.length) return list;
  return list.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? { ...Object.fromEntries(ids), ...item } : item));
}

/** Whether the latest call of a source passed optional filters (so an empty list may widen). */
export function filteredCall(transcript: Transcript[], tool: Tool): boolean {
  const required = new Set(tool.inputSchema.required ?? []);
  const args = latestCall(transcript, tool.id);
  return !!args && Object.keys(args).some((k) => !required.has(k));
}

/** The arguments of the latest call of `toolId`, if it was called. */
export function latestCall(transcript: readonly Transcript[], toolId: string): Record<string, unknown> | undefined {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const t = transcript[i];
    if (t?.role === 'tool-call' && t.toolId === toolId) return t.arguments;
  }
  return undefined;
}

/** The text of the latest result of `toolId`, or empty. */
export function latestContent(transcript: Transcript[], toolId: string): string {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const t = transcript[i];
    if (t?.role === 'tool-result' && t.toolId === toolId) return t.content;
  }
  return '';
}
