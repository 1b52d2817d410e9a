import type { Tool } from '../../catalog/index.ts';
import { dayPartWindow, extractDateTime, matchEntities, timeWindow, type DateTimeReference, type Entity } from '../understand/index.ts';
import { asksBeside, besideTried } from './beside-tried.ts';
import { datesOf, timesOf } from './entities.ts';
import { idParams } from './id-sources.ts';

/** Pointing at the thing just tried (「这趟」「那家」, "this one", "the same train"), not at another. */
const SAME = /[这那同]一?[趟班个家场节位款张间套](?!些|边)|同一[趟班个家场节位]|\b(?:this|that|the same) (?:one|train|flight|show|showing|session|slot|doctor|store|shop|room|class|table)\b/i;
const OTHER = /另一|别的|其他|换一[趟班个家场节位款张间]|\b(?:another|other|different)\b/i;

/**
 * What an amendment after a failure keeps of the call that failed (「二等座卖完了」 → 「那就这趟的一等座吧」,
 * 「那就一等座吧」): where it points at the same thing, or says nothing of which thing, the IDs that
 * named the thing; everything else is read afresh with the amendment first. Where it asks for the
 * one beside it (「那坐下一班吧」), that one. Nothing where it points at another one — nor where it
 * says a day or a time the thing tried does not have (「改到周六那班」, "Friday then, same
 * sailing": the same kind of thing on another day is another thing).
 */
export function keptOnAmend(text: string, args: Record<string, unknown>, tool: Tool, siblings: Tool[], listed: readonly Entity[] = [], ref?: DateTimeReference, refusal = ''): Record<string, unknown> {
  // 「那坐下一班吧」: the one after the one tried
  const beside = besideTried(text, args, tool, siblings, listed, refusal);
  if (beside) return beside;
  if (OTHER.test(text) || asksBeside(text)) return {};
  // 「那就一等座吧」 after 「商务座已售罄」: what says nothing of the thing (no name, no day, no time) changes only the rest
  if (!SAME.test(text) && (matchEntities(text, listed).length || (ref && saysWhen(text, ref)))) return {};
  const ids = new Set(idParams(tool, siblings).map((p) => p.name));
  const kept = Object.fromEntries(Object.entries(args).filter(([key, value]) => ids.has(key) && typeof value === 'string'));
  // 「那就那家湖滨店吧」: a thing named by name that is not the one tried is another one
  const values = new Set(Object.values(kept));
  // the thing tried, found by its ID under the parameter's own name (a class lists its club's ID too)
  const tried = listed.filter((e) => Object.entries(kept).some(([key, value]) => e.id === value || e.fields?.[key] === value));
  if (ref && tried.some((e) => whenDiffers(text, e, ref))) return {};
  return matchEntities(text, listed).some((hit) => !values.has(hit.entity.id)) ? {} : kept;
}

/** Whether `text` says a day, a clock time or a part of the day. */
function saysWhen(text: string, ref: DateTimeReference): boolean {
  const said = extractDateTime(text, ref);
  return !!said.date || !!said.time || !!timeWindow(text, ref) || !!dayPartWindow(text);
}

/** Whether `text` says a date or a clock time that the thing's own fields say otherwise. */
function whenDiffers(text: string, thing: Entity, ref: DateTimeReference): boolean {
  const said = extractDateTime(text, ref);
  if (!said.date && !said.time) return false;
  const dates = datesOf(thing);
  const times = timesOf(thing);
  return (!!said.date && dates.length > 0 && !dates.includes(said.date)) || (!!said.time && times.length > 0 && !times.includes(said.time));
}
