import { clockMinutes, dayPartWindow, detectLanguage, laterHalf, findAddress, matchEntities, narrowByAmount, pickSuperlative, placeWords, tellingWords, thingWords, timeWindow, withSkillNames, type Entity, type TimeWindow } from '../understand/index.ts';
import { entitiesByOwner } from './by-owner.ts';
import { entitiesByPerson } from './by-person.ts';
import { entitiesByPlace, entitiesInCity } from './by-place.ts';
import { entitiesByHours } from './by-hours.ts';
import { entitiesBySize, statesSize } from './by-size.ts';
import { entitiesByValue } from './by-value.ts';
import { byDifference, kindDescribed, toldByKind, toldByKindWords } from './by-difference.ts';
import { describedByWhatItDoes, describedThing } from './name-pieces.ts';
import { describedBy, describesAThing } from './by-description.ts';
import { byKindOrOffer } from './by-kind.ts';
import { superlativeScope } from './kind-said.ts';
import { blankSetAside, refusedByPart } from './set-aside.ts';
import { cityWithout } from './city-without.ts';
import { datesOf, ENDS_KEY, isStartKey, unique } from './entities.ts';
import { openOnes } from './unavailable.ts';
import { ANY_ONE } from './request-words.ts';
import { asksOpenNow, openNow } from './open-now.ts';

/** The entities the texts name; else the ones at the time they say (the one that fits 「一点多」); else the only one; else the only one in the user's city. */
export function chooseEntities(
  all: Entity[], texts: string[], userCity: string | undefined, many: boolean,
  when?: (text: string) => TimeWindow | undefined, dayOf?: (text: string) => string | undefined,
  /** The parameter must have a value: a user who leaves the choice to the assistant gets one (never for an optional filter). */
  needed = false,
  /** The latest arrival a text says (「下午三点前要到」), and the text without it (what it says of leaving). */
  arrival?: (text: string) => { minutes: number; rest: string } | undefined,
): Entity[] {
  let entities = all;
  let timeMissed = false;
  for (const said of texts) {
    // 「…下午三点前要到」: those that arrive in time; the time of arriving says nothing of when to leave
    const by = arrival?.(said);
    const arriving = by ? arrivingBy(entities, by.minutes) : [];
    if (arriving.length && arriving.length < entities.length) entities = arriving;
    const text = by?.rest ?? said;
    // 「周一晚上那节」: the day said keeps the things listed on it, where the list spans several days
    const day = dayOf?.(text);
    const onDay = day ? entities.filter((e) => Object.values(e.fields ?? {}).some((v) => typeof v === 'string' && v.startsWith(day))) : [];
    if (onDay.length && onDay.length < entities.length) entities = onDay;
    // 「这会儿哪家茶铺还开着？来杯乌龙」: the choice is among those the list says are open now
    const open = asksOpenNow(text) ? openNow(entities) : undefined;
    if (open?.length && open.length < entities.length) entities = open;
    // 「孟老师那节」, "Dr. Li on Thursday": those of the person said; none where the list has none of theirs
    // (the one listed then is no stand-in for the one asked)
    const person = entitiesByPerson(text, entities);
    if (person && !person.length) return [];
    if (person && person.length < entities.length) entities = person;
    const window = when?.(text);
    const timed = (list: Entity[]) => list.filter((e) => entitiesAt([e], ALL_DAY).length);
    // a time said that nothing listed is at (the 10:00 show has begun): the one left is not what was asked
    // (a bare hour may be either half of the day: 「8点多」 after 「周二晚上」 is 20:xx)
    const later = window && laterHalf(window);
    // (「礼拜天下午那场」 of a film shown only in the morning that day: the part of the day said is missed too)
    const dayPart = !window && when ? dayPartWindow(text) : undefined;
    const missed = (list: Entity[]) => (!!window && (text.match(TIME_SAID) ?? []).length === 1 && timed(list).length > 0 && !entitiesAt(list, window).length && !(later && entitiesAt(list, later).length))
      || (!!dayPart && timed(list).length > 0 && !entitiesAt(list, dayPart).length);
    if (missed(entities)) timeMissed = true;
    // "no lake view needed", 「不要湖景的」, 「单车就算了」: what is named only to be refused is not among the
    // choices, and says nothing of the one chosen (by its place, its owner, a value, a size)
    const { kept: own, refused } = splitRefused(text);
    // several things to choose (services for one visit): the everyday words for them count too
    // (「把窗户擦了」 for a service named 擦玻璃, 「打扫」 for 保洁), each narrowed below by what else is said
    const kept = many ? withSkillNames(own) : own;
    // (named, or said by part of a value only it carries: 「单车就算了」 of a class of 动感单车)
    const outByName = refused ? matchEntitiesAnyLanguage(refused, entities).map((h) => h.entity) : [];
    const out = outByName.length || !refused ? outByName : refusedByPart(refused, entities);
    if (out.length && out.length < entities.length) entities = entities.filter((e) => !out.includes(e));
    // (a street address said, 「银泰广场3座」 of where to deliver, names no listed thing by a word of its own: 文化广场店)
    const address = findAddress(kept);
    const at = address ? kept.indexOf(address) : -1;
    const hits = matchEntitiesAnyLanguage(kept, entities).filter((h) => at < 0 || h.span[1] <= at || h.span[0] >= at + address!.length);
    if (hits.length && !missed(hits.map((h) => h.entity))) {
      // Each span names one thing: several alike there (three 「日常保洁」) are told apart by the amount said, else asked.
      const groups = [...new Set(hits.map((h) => h.span.join(':')))].map((span) => narrowBySuperlative(narrowByAmount(hits.filter((h) => h.span.join(':') === span).map((h) => h.entity), texts.join('，')), texts));
      // 「康舒和宁安哪个便宜？买便宜的那个」: one of the things named, by the comparison said
      const compared = groups.length > 1 && groups.every((g) => g.length === 1) ? texts.map((t) => pickSuperlative(groups.flat(), t, { compared: true })).find(Boolean) : undefined;
      if (compared) return [compared];
      // several alike (「单人间」 of two kinds of single room): the one the words said with it tell apart (「能看海的单人间」)
      const spans = [...new Set(hits.map((h) => h.span.join(':')))];
      // (three 「日常保洁」 of 2, 3 and 4 hours: by the words said with it, else the size or the hours the request says)
      const told = groups.map((g, i) => (g.length === 1 ? g : narrowAlike(g, text, spans[i]!, texts.join('，'))));
      // (「东港和西港哪家便宜」, "East Pier or West Pier, whichever…" for an optional filter of one: both, for the caller to leave the filter open)
      if (!many && !needed && told.length > 1 && told.every((g) => g.length === 1) && EITHER.test(text)) return unique(told.flat());
      // (one thing: the one named outright before a fragment said earlier, "Tomorrow night, The Lighthouse Run" of a cruise called "Bay Nights")
      const bestAt = Math.max(0, spans.findIndex((span) => spanScore(hits, span) >= OUTRIGHT));
      if (!many) return [told[bestAt]!.length === 1 ? told[bestAt]![0]! : hits.find((h) => h.span.join(':') === spans[bestAt])!.entity];
      if (told.some((g) => g.length !== 1)) return [];
      return withSizedKind(unique(told.flat()), kept, entities);
    }
    // 「要能看到海的那种间」: the kind they all are, with what tells one of them apart
    const toldKind = hits.length ? undefined : toldByKind(kept, entities);
    if (toldKind && !missed([toldKind])) return [toldKind];
    // 「南京西路那家」: a store said by where it is
    const placed = hits.length ? [] : entitiesByPlace(own, entities);
    if (placed.length === 1) return placed;
    // 「东港七点半那场」 of showings at several cinemas: those of the one named, chosen among below
    const owned = hits.length || placed.length ? [] : entitiesByOwner(own, entities);
    if (owned.length === 1) return owned;
    if (owned.length) entities = owned;
    // 「24小时那家」, 「IMAX那场」: by a short value only one of them carries
    const valued = hits.length ? [] : entitiesByValue(own, entities);
    // (never past a time said that the one it names is not at: 「上午十点…」 when only 17:00 is left)
    if (valued.length === 1 && !timeMissed && !missed(valued)) return valued;
    // 「五十平左右」: by a size said that the range one of them is for holds
    const sized = hits.length || valued.length ? [] : entitiesBySize(own, entities);
    if (sized.length === 1 && !timeMissed) return sized;
    // "Two hours is plenty", 「做三个钟头的」: by how long, where only one of them is named for that long
    const lasting = hits.length || sized.length === 1 ? [] : entitiesByHours(own, entities);
    if (lasting.length === 1) return lasting;
    if (sized.length > 1) entities = sized;
    // 「送到杭州市…」: the choice is among those in that city
    // "I'm in Hangzhou all week": none of them is there, and the home city picks none either
    if (!hits.length && cityWithout(text, entities)) return [];
    if (!hits.length) entities = [...entitiesInCity(text, entities)];
    // what the time said picks is picked among those not full
    // (a bare hour nothing is listed at in the morning is the same hour after noon: 「七点半那场」 of evening shows)
    // (a time said of things in several cities, none named, 「七点多那场」: one near the user, not the one at that time far away)
    const near = window && !hits.length ? [...entitiesInCity(text, entities, userCity)] : entities;
    const atWindow = window ? entitiesAt(near, window) : [];
    const byField = openOnes(atWindow.length || !later ? atWindow : entitiesAt(near, later));
    if (byField.length === 1 || (byField.length && many)) return many ? byField : [byField[0]!];
    // 「七点多那场」 with no day said, at that time on several days: the next of them (its date is on the confirmation)
    const next = byField.length > 1 && !texts.some((t) => dayOf?.(t)) ? soonestDay(byField) : undefined;
    if (next) return [next];
    if (byField.length > 1) entities = byField;
    // No time said, a part of the day said (「上午」, "tomorrow morning"): the one thing listed then.
    const part = when && !window ? dayPartWindow(text) : undefined;
    const inPart = part ? openOnes(entitiesAt(entities, part)) : [];
    // 「明晚」 with nothing listed in the evening: nothing else is what was asked
    if (part && !inPart.length && timed(entities).length) timeMissed = true;
    if (inPart.length === 1 && !many) return inPart;
    // several in that part of the day: the choice is among them
    if (inPart.length > 1) entities = inPart;
  }
  if (timeMissed) return [];
  if (entities.length === 1) return entities;
  // "the cheapest cold medicine": the superlative is of those the description fits, where it fits some
  // (and of those that can still be had: "the next class" when the next is full is the one after it)
  const fitting = superlativeScope(texts, entities);
  const canHave = openOnes(fitting);
  const extreme = texts.map((text) => pickSuperlative(canHave, text)).find(Boolean);
  // (of several things to order, one a superlative picks where nothing names any: "the cheapest coffee… a large iced one")
  if (extreme && (!many || fitting.length < entities.length)) return [extreme];
  if (userCity) {
    const local = entities.filter((e) => e.fields?.city === userCity);
    if (local.length === 1) return local;
  }
  // 「随便哪家都行」, "any of them is fine": the user leaves the choice among what fits to the assistant
  if (needed && !many && entities.length > 1 && texts.some((text) => ANY_ONE.test(text))) return [openOnes(entities)[0]!];
  // nothing said picks one, and all but one are full: the one that can still be had (the user
  // confirms it, by name, before anything is paid)
  const open = needed && !many ? openOnes(entities) : [];
  if (open.length === 1 && entities.length > 1) return open;
  return [];
}

/** The one listed on the earliest day, where each is on a day of its own; undefined otherwise. */
function soonestDay(list: readonly Entity[]): Entity | undefined {
  const days = list.map((e) => [...new Set(datesOf(e))]);
  if (days.some((d) => d.length !== 1) || new Set(days.map((d) => d[0])).size !== list.length) return undefined;
  return [...list].sort((a, b) => datesOf(a)[0]!.localeCompare(datesOf(b)[0]!))[0];
}

/** Those of the list whose arrival time is at or before the minutes given. */
export function arrivingBy(list: readonly Entity[], minutes: number): Entity[] {
  return list.filter((e) => arrivesBy(e, minutes));
}

/** Whether a thing's arrival time (`arriveTime`, 「到达时间」) is at or before the minutes given; false where it has none. */
function arrivesBy(entity: Entity, minutes: number): boolean {
  const value = Object.entries(entity.fields ?? {}).find(([k]) => /arriv|^arr[A-Z_]|到达|抵达/i.test(k))?.[1];
  const at = value === undefined ? undefined : clockMinutes(value);
  return at !== undefined && at <= minutes;
}

/** Those listed in the part of the day the text says, where it says one and some are; else all of them. */
export function inDayPart(text: string, entities: readonly Entity[]): readonly Entity[] {
  const part = dayPartWindow(text);
  const inPart = part ? entitiesAt([...entities], part) : [];
  return inPart.length ? inPart : entities;
}

/** The words that modify a kind noun, just before it ("the river-view room", not "a room by the lake"). */
const MODIFIED_KIND = /((?:[\w'-]+\s+){1,3})(?:rooms?|suites?|seats?|tickets?|tables?|cabins?|classes|class|sessions?)\b/i;

/** Words that leave the choice between things named open: which of them, or the other. */
const EITHER = /哪(?:[个家场班趟款间晚天边处]|一[家个边场])|还是|或者|或|\bor\b|\bwhichever\b|\beither\b/i;

/**
 * Names in the text, or for an English text and a list named only in Chinese, the one thing the Chinese of a word it says names ("a thermometer" → 体温计).
 * `several`: all it names (an answer among things offered: "a king room" of two kings narrows the choice to them).
 */
/** A span that names a thing this well names it outright; less, by a piece of its name. */
const OUTRIGHT = 0.8;

/** How well the words at a span name what they name (a name said outright 1, a fragment of one less). */
function spanScore(hits: readonly { span: readonly number[]; score: number }[], span: string): number {
  return Math.max(...hits.filter((h) => h.span.join(':') === span).map((h) => h.score));
}

export function matchEntitiesAnyLanguage(text: string, entities: Entity[], { several = false } = {}) {
  const hits = matchEntities(text, entities);
  if (hits.length) return hits;
  if (detectLanguage(text) !== 'en') {
    // 「能保温的那种双层的」: pieces of one name said apart
    // 「那个讲…的片子」: a thing described by what it is about
    const described = describedThing(text, entities) ?? describedBy(text, entities);
    // (「买一个量体温的和一盒退烧药」: a thing said by what it does, beside another described)
    // (not where another description is left open: the two are then asked about, not one dropped)
    const doing = described || !describesAThing(text) ? describedByWhatItDoes(text, entities).filter((hit) => hit.entity !== described?.entity && (!described || hit.span[1] <= described.span[0] || hit.span[0] >= described.span[1])) : [];
    // (「馋海鲜了」: a place said by its kind, or by what its listing says it is known for)
    const byKind = described || doing.length ? undefined : byKindOrOffer(text, entities);
    return [...(described ? [described] : []), ...doing, ...(byKind ? [byKind] : [])];
  }
  const chinese = [thingWords(text, { exact: true }), placeWords(text)].filter(Boolean).join(' ');
  const found = chinese ? matchEntities(chinese, entities) : [];
  // the Chinese of an everyday word is a word of its own, however short (「口罩」 in 儿童棉口罩)
  const hits2 = found.length ? found : entities.filter((e) => chinese.split(' ').some((word) => word.length >= 2 && e.names.some((name) => String(name).includes(word))))
    .map((entity) => ({ entity, score: 0.5, span: [0, text.length] as [number, number] }));
  const whole = (list: typeof hits2) => list.map((h) => ({ ...h, span: [0, text.length] as [number, number] }));
  // a word of a kind, said in another language, names a thing only where it names one alone,
  // or where the other words said tell one of them apart ("children's masks" of two kinds of mask)
  if (several || new Set(hits2.map((h) => h.entity.id)).size === 1) return whole(hits2);
  const told = byDifference(unique(hits2.map((h) => h.entity)), `${chinese} ${tellingWords(text)}`);
  if (told) return whole(hits2.filter((h) => h.entity.id === told.id));
  // "that horror movie": a thing described by what it is about
  const described = hits2.length ? undefined : describedBy(text, entities);
  if (described) return [described];
  const told2 = hits2.length ? undefined : toldByKindWords(thingWords(text), tellingWords(MODIFIED_KIND.exec(text)?.[1] ?? ''), entities);
  if (told2) return whole([{ entity: told2, score: 0.5, span: [0, text.length] }]);
  const byKind = hits2.length ? undefined : byKindOrOffer(text, entities);
  return byKind ? [byKind] : [];
}

/**
 * The words said with a name: for Chinese, from the last break (a comma, or 店 and 家 that end a
 * store's name: 「海滨店的单人间」 says nothing of a sea view) to the next; an English text whole.
 */
function saidWith(text: string, span: string): string {
  const [start, end] = span.split(':').map(Number) as [number, number];
  if (detectLanguage(text) === 'en') return text;
  const before = text.slice(0, start).split(/[，,。；;！!？?店家]/u).at(-1) ?? '';
  const after = text.slice(end).split(/[，,。；;！!？?店家]/u)[0] ?? '';
  return `${before} ${after}`;
}

/**
 * Beside the things named (「…再加个冰箱」), the one of the rest that the size or the length said
 * picks, where the request names its kind (「家里八十平，做个保洁」: the cleaning for that size) and
 * none of the things named is the one the size or length is said of.
 */
function withSizedKind(chosen: Entity[], text: string, entities: Entity[]): Entity[] {
  if (chosen.some(statesSize) || entitiesByHours(text, chosen).length) return chosen;
  const rest = entities.filter((e) => !chosen.includes(e));
  const sized = entitiesBySize(text, rest);
  const picked = sized.length ? sized : entitiesByHours(text, rest);
  const [one] = picked;
  const kindSaid = (e: Entity) => e.names.some((name) => (String(name).match(/\p{Script=Han}{2,}/gu) ?? [])
    .some((run) => [...run].some((_, i) => i + 2 <= run.length && !/小时|钟头/.test(run.slice(i, i + 2)) && text.includes(run.slice(i, i + 2)))));
  return picked.length === 1 && one && kindSaid(one) ? [...chosen, one] : chosen;
}

/** Of several alike that one span names, the one the size or the length said (in any of the texts) fits; else the one the words said with it tell apart. */
function narrowAlike(alike: Entity[], text: string, span: string, all: string): Entity[] {
  // (the size or the length may be said in another message: 「…about 55 square meters」 in the answer)
  const sized = entitiesBySize(all, alike);
  if (sized.length === 1) return sized;
  const lasting = entitiesByHours(all, sized.length ? sized : alike);
  if (lasting.length === 1) return lasting;
  const told = byDifference(sized.length ? sized : alike, saidWith(text, span)) ?? byDifference(sized.length ? sized : alike, kindDescribed(text));
  return told ? [told] : [];
}

/** Of several alike (one film's showings), the one 「最晚那场」 or "the cheapest" picks. */
function narrowBySuperlative(alike: Entity[], texts: string[]): Entity[] {
  const extreme = alike.length > 1 ? texts.map((text) => pickSuperlative(alike, text)).find(Boolean) : undefined;
  return extreme ? [extreme] : alike;
}

/**
 * The times a text says, a part of the day with its hour counted once (「上午十点」, 「晚上」, "morning",
 * "9pm"): a text that says two (a correction, two requests) contradicts nothing by one of them.
 */
const TIME_SAID = /(?:上午|下午|晚上|早上|中午|凌晨|傍晚|[今明]晚)?\s*(?:\d{1,2}\s*[:：]\s*\d{2}|[\d一二两三四五六七八九十]+\s*点)|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|上午|下午|晚上|早上|中午|凌晨|傍晚|[今明]晚|\b(?:morning|afternoon|evening|tonight|noon)\b/gi;

const ALL_DAY: TimeWindow = { from: 0, to: 24 * 60, center: 0, loose: true };

/** Whether things listed at times are offered where none is at the time or part of the day said (「下周一晚上」 of a morning class). */
export function noneWhenSaid(offered: Entity[], texts: readonly string[], ref: { now: Date; timeZone: string }): boolean {
  const window = texts.map((text) => timeWindow(text, ref) ?? dayPartWindow(text)).find(Boolean);
  if (!window || !offered.some((e) => entitiesAt([e], ALL_DAY).length)) return false;
  const later = laterHalf(window);
  return !entitiesAt(offered, window).length && !(later && entitiesAt(offered, later).length);
}

/** Entities whose start time (a time-like field) falls in the window; the first time field of each counts. */
export function entitiesAt(entities: Entity[], window: TimeWindow): Entity[] {
  return entities.filter((e) => {
    // a store's opening hours (`hours: 08:00-22:00`) are not a time it is at; a window of when it
    // ends (「六点前散场」) is read against its end
    const at = ([k]: [string, string]) => (window.ends ? ENDS_KEY.test(k) && !/hours$|Hours$|营业/.test(k) : isStartKey(k));
    const time = Object.entries(e.fields ?? {}).filter(at).map(([, v]) => clockMinutes(v)).find((v) => v !== undefined);
    return time !== undefined && time >= window.from && time <= window.to;
  });
}


/** A negation and what it refuses, up to the end of its phrase: "no lake view needed", "without breakfast", 「不要湖景的」. */
const REFUSED = /(?:\bno\b|\bnot\b|\bwithout\b|\bdon'?t (?:need|want)\b|不要|不用|不需要|无需|用不着|(?<![分特区类级])别)[^,，.。;；!！?？\-–—]{0,24}/gi;
/** … and what is named and then called not needed ("sea view not needed", 「江景就不要了」). */
const REFUSED_AFTER = /[\w\u4e00-\u9fff][\w\u4e00-\u9fff ]{0,16}?(?:\s+(?:is |are )?not (?:needed|necessary|required)|\s+(?:isn|aren)'?t (?:needed|necessary)|(?:也)?(?:不需要|就不要了))/gi;

/** The text with what it refuses blanked (same length, so spans still hold), and the refused words alone. */
function splitRefused(text: string): { kept: string; refused: string } {
  const refused: string[] = [];
  const blank = (m: string) => (refused.push(m), ' '.repeat(m.length));
  // (and what is set aside: 「单车就算了」, "skip the spin class")
  return { kept: blankSetAside(text, blank).replace(REFUSED_AFTER, blank).replace(REFUSED, blank), refused: refused.join('，') };
}
