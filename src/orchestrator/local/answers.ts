import type { JsonSchema } from '../../package/index.ts';
import { cityOf, dayPartWindow, laterHalf, leadsWithYes, matchEntities, matchEnum, narrowByAmount, pickPlain, pickSuperlative, timeWindow } from '../understand/index.ts';
import { unique } from './entities.ts';
import { entitiesAt, matchEntitiesAnyLanguage } from './choose-entities.ts';
import { enumOptions, readDateTime, readNumber, readPattern, type ValueContext } from './fill-value.ts';
import type { Ask, Goal } from './memo.ts';
import { setPath } from './schema-paths.ts';
import { namesIn } from './by-owner.ts';
import { entitiesBySize } from './by-size.ts';

/** The answer read into a copy of the goal, or undefined where it does not answer: the goal itself is untouched until the caller takes the copy. */
export function answeredCopy(goal: Goal, ask: Ask, answer: string, schemaOf: (path: string) => JsonSchema, ctx: ValueContext, options?: { leftover?: boolean }): Goal | undefined {
  const copy: Goal = { ...goal, args: structuredClone(goal.args), decided: [...goal.decided], answers: [...goal.answers] };
  return applyAnswer(copy, ask, answer, schemaOf, ctx, options) ? copy : undefined;
}

/**
 * Reads the user's answer to the planner's question into the goal. Returns false when the
 * answer does not answer it (so the request is read afresh).
 */
export function applyAnswer(goal: Goal, ask: Ask, answer: string, schemaOf: (path: string) => JsonSchema, ctx: ValueContext, { leftover = true } = {}): boolean {
  goal.answers.unshift(answer);
  if (ask.kind === 'entity' && ask.candidates) {
    const ref = { now: ctx.now, timeZone: ctx.timeZone };
    // the names of what each is of (its store, its coach: 「枫林的」) name it too, as its own names do
    const candidates = ask.candidates.map((c) => ({ id: c.id, names: [...c.names, ...namesIn(c.fields)], fields: c.fields ?? {} }));
    // a day said (「明天的」) picks the sessions on it, as a name picks the things it names
    const named = matchEntities(answer, candidates, { ref });
    // "the cycling one" of classes named only in Chinese: the one the Chinese of its word names
    let hits = narrowByAmount(unique((named.length ? named : matchEntitiesAnyLanguage(answer, candidates, { several: true })).map((h) => h.entity)), answer);
    // 「一百二十平左右」 answers a choice between sizes by the amount alone.
    // (of kinds that both fit the size, the one the request named — 「深度保洁」 then 「一百二十平左右」 —
    // else the ordinary one: `entitiesBySize`)
    const bySize = hits.length ? [] : entitiesBySize(`${answer}，${goal.text}`, candidates);
    const sized = hits.length ? hits : bySize.length === 1 ? bySize : narrowByAmount(candidates, answer);
    if (sized.length < candidates.length && (sized.length === 1 || ask.many)) hits = sized;
    if (!hits.length) {
      // 「那就下午4点吧」 answers a question about sessions by their time; 「上午那节」 by the part of the day.
      const window = timeWindow(answer, ref) ?? dayPartWindow(answer);
      hits = window ? entitiesAt(candidates, window) : [];
      // 「九点四十那场」 of showings at 21:40: an hour said with no half of the day is in the half they are at
      const later = window && !hits.length && !dayPartWindow(answer) && !/\b[ap]\.?m\b/i.test(answer) ? laterHalf(window) : undefined;
      if (later) hits = entitiesAt(candidates, later);
    }
    // "whichever is earliest", 「最便宜的」: the one a superlative picks among those left
    // 「普通大床房就行」 of a comfort king and a lake-view king: the plain one of those named
    const picked = hits.length !== 1 && !ask.many ? pickSuperlative(hits.length ? hits : candidates, answer) ?? (hits.length ? pickPlain(hits, answer) : undefined) : undefined;
    if (picked) hits = [picked];
    // (「好」「行」, "yes" to the one offered: that one)
    if (!hits.length && candidates.length === 1 && leadsWithYes(answer)) hits = [candidates[0]!];
    if (!hits.length) return false;
    if (hits.length > 1 && !ask.many) {
      // 「枫林的」 of sessions at three stores: not chosen yet, the question is asked again among those it leaves
      if (hits.length === candidates.length) return false;
      ask.candidates = ask.candidates.filter((c) => hits.some((h) => h.id === c.id));
      ask.narrowed = true;
      return false;
    }
    const path = ask.params[0] ?? '';
    setPath(goal.args, path, ask.many ? hits.map((h) => h.id) : hits[0]?.id);
    goal.decided.push(path);
    return true;
  }
  if (ask.kind === 'agree') {
    const path = ask.params[0] ?? '';
    if (!leadsWithYes(answer)) return false;
    setPath(goal.args, path, true);
    goal.decided.push(path);
    return true;
  }
  if (ask.kind === 'enum') {
    const path = ask.params[0] ?? '';
    // among those offered first (「第二个」 of the afternoon's times), then any the parameter takes
    const options = enumOptions(schemaOf(path)) ?? [];
    const hit = (ask.options ? matchEnum(answer, ask.options)[0] : undefined) ?? matchEnum(answer, options)[0];
    if (!hit) return false;
    setPath(goal.args, path, hit.code);
    goal.decided.push(path);
    return true;
  }
  if (!ask.params.length) return true; // an amendment: re-read the request with the answer first
  const typed = applyTyped(goal, ask.params, answer, schemaOf, ctx);
  const rest = ask.params.filter((p) => !goal.decided.includes(p));
  return (rest.length ? applyValues(goal, rest, answer, schemaOf, ctx, leftover) : false) || typed;
}

/**
 * Dates, times and counts in an answer, read as the request would be, with the request beside it:
 * 「住两晚」 answers a question about the day a stay ends that started on the day the request said.
 */
function applyTyped(goal: Goal, params: string[], answer: string, schemaOf: (path: string) => JsonSchema, ctx: ValueContext): boolean {
  let any = false;
  for (const path of params) {
    const schema = schemaOf(path);
    const name = path.split('.').pop() ?? path;
    const texts = { ...ctx, texts: [answer, goal.text] };
    const value = schema.type === 'integer' || schema.type === 'number'
      ? readNumber(schema, name, { ...ctx, texts: [answer] }, { countLike: false })
      : readDateTime(schema, name, texts);
    if (value === undefined) continue;
    setPath(goal.args, path, value);
    goal.decided.push(path);
    any = true;
  }
  return any;
}

/** A label of a value, after whose it is ("her name is", 「她的电话」) and before the value. */
const LABELS = /^(?:(?:his|her|their|the)\s+(?=name|phone|number|address|mobile)|[他她]的?(?=名字|电话|手机|地址))?(收件人|联系人|姓名|名字|电话|手机号?|手机号码|联系电话|地址|收件地址|详细地址|name|phone|tel|address|recipient(?:'s name)?|(?:it'?s |it is |this is |that'?s )for(?= (?!(?:me|him|her|us|them|my|his|our|their|you|your|the|a|an|it|this)\b)[a-z]))\s*(?:[:：是为]|\bis\b)?\s*/i;

/** What a label says in the words a parameter is described with: "it's for Chen Li" names who receives it. */
function labelWord(label: string): string {
  return /\bfor$/.test(label) ? 'recipient' : label;
}

/** Several free-text values in one answer: patterns first, then each part by the label it carries. */
function applyValues(goal: Goal, params: string[], answer: string, schemaOf: (path: string) => JsonSchema, ctx: ValueContext, leftover: boolean): boolean {
  let parts = answer.split(/[，,；;。？?！!\n]+|\.(?=\s|$)/).map((p) => p.trim()).filter(Boolean)
    // 「收件人王芳 13700001111 浦东新区世纪大道100号」: an address after a space is a part of its own
    .flatMap((p) => p.split(/\s+(?=\S*[省市区县]\S*[路街道巷弄号])/u));
  const open = [...params];
  // a value already read from the same words (the phone beside the name) is no part of another
  for (const value of Object.values(goal.args)) {
    if (typeof value === 'string' && value.length >= 4) parts = parts.map((p) => p.replace(value, ' ').trim()).filter(Boolean);
  }
  for (const path of params) {
    const value = readPattern(schemaOf(path), { ...ctx, texts: [answer] });
    if (value === undefined) continue;
    setPath(goal.args, path, value);
    goal.decided.push(path);
    open.splice(open.indexOf(path), 1);
    // 「收件人张三 13811112222」: the number taken, the name beside it stays to be read.
    parts = parts.map((p) => p.replace(value, ' ').trim()).filter(Boolean);
  }
  for (const path of [...open]) {
    const schema = schemaOf(path);
    const words = `${path} ${schema.description ?? ''}`.toLowerCase();
    const part = parts.find((p) => {
      const found = p.match(LABELS)?.[1]?.toLowerCase();
      const label = found === undefined ? undefined : labelWord(found);
      return label !== undefined && (words.includes(label) || (label.startsWith('收件') && words.includes('姓名')));
    }) ?? (/地址|address/i.test(words) ? parts.find((p) => /[省市区县路街号道]|road|street/i.test(p)) : undefined);
    if (!part) continue;
    // "Room 1202, 500 Huaihai Middle Road, Huangpu District, Shanghai": the address parts beside it are of it
    const taken = /地址|address/i.test(words) ? addressRun(parts, parts.indexOf(part)) : [part];
    setPath(goal.args, path, taken.join(', ').replace(LABELS, '').trim());
    goal.decided.push(path);
    open.splice(open.indexOf(path), 1);
    parts = parts.filter((p) => !taken.includes(p));
  }
  // One value asked, one part left: in an answer it is that value (not in the request itself); only
  // words for words: 「枫林的」 is no number of tickets.
  const wordy = (path: string) => {
    const schema = schemaOf(path);
    const when = /date|time|day|日期|时间/i.test(path.split('.').pop() ?? '') || /^(?:date|time|date-time)$/.test(String(schema.format ?? '')) || /YYYY|HH:MM/i.test(schema.description ?? '');
    // a date or time is what reads as one (「3小时的日常保洁」 is no day), a patterned value what fits its pattern
    return (schema.type === undefined || schema.type === 'string') && !when && !schema.pattern && !schema.enum;
  };
  if (leftover && open.length === 1 && parts.length === 1 && wordy(open[0]!)) {
    setPath(goal.args, open[0]!, parts[0]!.replace(LABELS, '').trim());
    goal.decided.push(open[0]!);
    open.pop();
  }
  return open.length < params.length;
}

/** A Latin part of an address: a number, a room, a road, a district, a city said in English. */
const ADDRESS_PART = /^(?:room|rm|flat|unit|apt|apartment|suite|floor|building|bldg|no\.?)\b|\b(?:road|rd|street|st|avenue|ave|lane|district|city|province|county|village|town)\b/i;

/** The part at `at` and the English address parts either side of it ("Room 1202", "Huangpu District", "Shanghai"). */
function addressRun(parts: string[], at: number): string[] {
  const part = parts[at] ?? '';
  if (!/^[\x20-\x7e]+$/.test(part)) return [part];
  const fits = (p: string | undefined) => !!p && /^[\x20-\x7e]+$/.test(p) && (ADDRESS_PART.test(p) || !!cityOf(p));
  let from = at;
  let to = at;
  while (fits(parts[from - 1])) from--;
  while (fits(parts[to + 1])) to++;
  return parts.slice(from, to + 1);
}
