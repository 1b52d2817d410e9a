import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { extractDateTime, matchEntities, type DateTimeReference, type Entity } from '../understand/index.ts';
import { readForNoDay } from './day-unread.ts';
import { datesOf, isIdKey } from './entities.ts';
import { listedBy } from './instead.ts';
import { latestCall } from './latest-results.ts';

/**
 * Whether the things a source listed before no longer hold what the words now ask for, so the
 * source is asked again rather than one of them chosen: the first day the words say (the latest
 * answer first) is one none of them is on (「那改到周六的吧」 after Friday's) or one the list was read for none
 * of, by an API that takes a day (only some of that day's may be shown), or the latest answer
 * names the owner of other things (「东港那边的也行」 after one port's sailings: a port, by the ID the
 * source is filtered by). Never twice for one user message, nor for a day it was already asked for.
 */
export function listIsStale(entities: readonly Entity[], texts: string[], ref: DateTimeReference, transcript: Transcript[], source: Tool): boolean {
  if (!entities.length || calledSinceUser(transcript, source.id) > 1) return false;
  const asked = latestCall(transcript, source.id);
  return otherDay(entities, texts, ref, asked, source) || otherOwner(entities, texts, transcript, source, asked);
}

function otherDay(entities: readonly Entity[], texts: string[], ref: DateTimeReference, asked: Record<string, unknown> | undefined, source: Tool): boolean {
  const said = texts.map((t) => extractDateTime(t, ref).date).find((d) => d !== undefined);
  if (!said) return false;
  const days = entities.map(datesOf);
  // (a list read for no day, by an API that takes one, may show only some of what is on the day said)
  if (days.some((d) => !d.length) || (days.some((d) => d.includes(said)) && !readForNoDay(source, asked))) return false;
  return !JSON.stringify(asked ?? {}).includes(said);
}

function otherOwner(entities: readonly Entity[], texts: string[], transcript: Transcript[], source: Tool, asked: Record<string, unknown> | undefined): boolean {
  const [latest] = texts;
  if (texts.length < 2 || latest === undefined) return false;
  // the IDs the source is filtered by that every listed thing carries (`portId` of each sailing)
  const keys = Object.keys(source.inputSchema.properties ?? {}).filter((k) => isIdKey(k) && entities.every((e) => e.fields?.[k] !== undefined));
  if (!keys.length) return false;
  const others = listedBy(source.appId, transcript).flat();
  return matchEntities(latest, others).some(({ entity }) => keys.some((k) =>
    entity.fields?.[k] === entity.id && !entities.some((e) => e.fields?.[k] === entity.id) && asked?.[k] !== entity.id));
}

function calledSinceUser(transcript: Transcript[], toolId: string): number {
  const from = transcript.map((t) => t.role).lastIndexOf('user');
  return transcript.slice(from + 1).filter((t) => t.role === 'tool-call' && t.toolId === toolId).length;
}

/**
 * Where a list was last read with values of the goal's own parameters other than the goal's (a
 * product's stock at the store first tried, the order now at another): the goal's values of
 * every parameter they share, to read it again with; undefined where it was read for these.
 */
export function readForOtherValues(transcript: Transcript[], sourceToolId: string, args: Record<string, unknown>): Record<string, string> | undefined {
  const called = latestCall(transcript, sourceToolId);
  if (!called) return undefined;
  const shared = Object.keys(called).filter((k) => typeof args[k] === 'string' && typeof called[k] === 'string');
  return shared.some((k) => args[k] !== called[k]) ? Object.fromEntries(shared.map((k) => [k, args[k] as string])) : undefined;
}
