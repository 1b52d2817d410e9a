import type { Tool } from '../../catalog/index.ts';
import { clockMinutes, type Entity } from '../understand/index.ts';
import { datesOf, isStartKey, unique } from './entities.ts';
import { idParams } from './id-sources.ts';

/** What is listed by its time, said in English ("the next train", "an earlier showing"). */
const TIMED = String.raw`(?:one|train|show|showing|session|sailing|ferry|flight|bus|class)`;
/** 「下一班」「晚一场」, "the next one", "a later train": the one after the one tried. */
const NEXT = new RegExp(String.raw`(?:下|后|晚)一[班趟场节轮档]|再晚一?点的?[班趟场]|\b(?:the )?next (?:${TIMED}|slot)\b|\bthe one after\b|\b(?:a|the) later ${TIMED}\b`, 'i');
/** 「上一班」「早一场」, "the one before", "an earlier train": the one before it. */
const PREVIOUS = new RegExp(String.raw`(?:上|前|早)一[班趟场节轮档]|\bthe ${TIMED} before\b|\bthe previous ${TIMED}\b|\b(?:an|the) earlier ${TIMED}\b`, 'i');

/** Whether the text asks for the one after or before the one tried. */
export function asksBeside(text: string): boolean {
  return NEXT.test(text) || PREVIOUS.test(text);
}

/**
 * The thing beside the one tried, where what is said after it was refused asks for the next or the
 * one before (「那坐下一班吧」, "if it's sold out, the next one"): listed on the same day, the nearest
 * later (or earlier) by its time — among those the refusal offers where it names some. Given as the
 * ID parameter it fills; undefined where the text asks no such thing or nothing is beside it.
 */
export function besideTried(text: string, args: Record<string, unknown>, tool: Tool, siblings: Tool[], listed: readonly Entity[], refusal = ''): Record<string, string> | undefined {
  if (!asksBeside(text)) return undefined;
  const later = NEXT.test(text);
  for (const param of idParams(tool, siblings)) {
    const value = args[param.name];
    const tried = listed.find((e) => e.id === value);
    const at = tried ? minutesOf(tried) : undefined;
    if (!tried || at === undefined) continue;
    const days = datesOf(tried);
    const sameDay = unique(listed).filter((e) => e.id !== tried.id && minutesOf(e) !== undefined && (!days.length || datesOf(e).some((d) => days.includes(d))));
    const offered = sameDay.filter((e) => namedIn(refusal, e));
    const side = (offered.length ? offered : sameDay).filter((e) => (later ? minutesOf(e)! > at : minutesOf(e)! < at));
    const nearest = side.sort((a, b) => (later ? minutesOf(a)! - minutesOf(b)! : minutesOf(b)! - minutesOf(a)!))[0];
    if (nearest) return { [param.name]: nearest.id };
  }
  return undefined;
}

/** When the thing starts, by its start field (never its arrival or its end). */
function minutesOf(thing: Entity): number | undefined {
  return Object.entries(thing.fields ?? {}).filter(([key]) => isStartKey(key)).map(([, value]) => clockMinutes(value)).find((m) => m !== undefined);
}

/** Whether a refusal names the thing (by its ID, or a name or number of three characters or more). */
function namedIn(refusal: string, thing: Entity): boolean {
  const words = [thing.id, ...thing.names, ...Object.entries(thing.fields ?? {}).filter(([k]) => /name|number|^no$|code|title/i.test(k)).map(([, v]) => v)];
  return words.some((word) => word.length >= 3 && refusal.includes(word));
}
