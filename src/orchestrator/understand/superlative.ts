import type { Entity } from './match-entities.ts';
import { ASKS_JUNIOR, ASKS_SENIOR, rankOf } from './seniority.ts';
import { clockMinutes } from './time-window.ts';

/** `nth`: how many from that end (「倒数第二场」 is the one before the last: 1). */
type Extreme = { by: 'time' | 'price' | 'rank' | 'rating' | 'length' | 'closes' | 'opens'; pick: 'min' | 'max'; nth?: number };

const ORDINAL: Record<string, number> = { 二: 1, 三: 2, 四: 3, 五: 4, '2': 1, '3': 2, '4': 3, '5': 4, second: 1, third: 2, fourth: 3 };
/** 「倒数第二场」, "the second to last showing", "the last but one"; 「第二场」, "the second showing": counted by time from that end. */
const FROM_LAST = /倒数第([二三四五2-5])[场班趟节个]?|\b(second|third)[- ](?:to[- ])?last\b|\blast but one\b/i;
/** English words for one of things that happen at a time, in a list ordered by it ("the first sailing", "the last show"). */
const TIMED = 'one|show|showing|train|session|slot|class|screening|sailing|ferry|boat|bus|flight|departure';
const FROM_FIRST = new RegExp(String.raw`(?<!倒数)第([二三四五2-5])[场班趟节]|\bthe (second|third|fourth) (?:[\w'-]+ ){0,3}?(?:${TIMED})\b`, 'i');

function ordinalSaid(text: string): Extreme | undefined {
  const last = FROM_LAST.exec(text);
  const said = last?.[1] ?? last?.[2];
  if (last) return { by: 'time', pick: 'max', nth: said ? ORDINAL[said.toLowerCase()] ?? 1 : 1 };
  const first = FROM_FIRST.exec(text);
  return first ? { by: 'time', pick: 'min', nth: ORDINAL[(first[1] ?? first[2])!.toLowerCase()] } : undefined;
}

/** 「哪个欠得多就交哪个」「欠得最多的」, "whichever owes more", "the biggest bill": by the amount each is owed. */
const OWES_MOST = /(?:欠|要交|该交|应缴)(?:得|的)?(?:最|更|比较)?多(?!少)|\bowes? (?:the )?(?:most|more)\b|\b(?:biggest|largest|bigger|larger) (?:bill|one|amount)\b/i;

const SAID: [RegExp, Extreme][] = [
  // 「哪家关门最晚」, "which one stays open latest": by the hours a place keeps, not a start time
  [/关门最晚|最晚关门|关得最晚|(?:营业|开)到最晚|\b(?:closes?|stays? open|(?:is )?open) (?:the )?latest\b|\bopen(?:s)? (?:the )?(?:latest|longest)\b/i, { by: 'closes', pick: 'max' }],
  [/关门最早|最早关门|关得最早|\bcloses? (?:the )?earliest\b/i, { by: 'closes', pick: 'min' }],
  [/开门最早|最早开门|开得最早|\bopens? (?:the )?earliest\b/i, { by: 'opens', pick: 'min' }],
  [/开门最晚|最晚开门|\bopens? (?:the )?latest\b/i, { by: 'opens', pick: 'max' }],
  // (「尽量晚点出发」「越晚越好」, "leaving as late as possible": the latest of those that fit the rest said)
  [new RegExp(String.raw`最晚|最后一[场班趟节个]|末班|越晚越好|尽量晚|能多晚就多晚|\b(?:latest|last (?:${TIMED}))\b|\bas late as (?:possible|I can|we can)\b`, 'i'), { by: 'time', pick: 'max' }],
  // (「下一节」, "her next pilates class": the soonest of those still to come)
  [new RegExp(String.raw`最早|第一[场班趟节]|首班|下一[场班趟节]|最近(?:的)?一[场班趟节]|\b(?:earliest|first (?:${TIMED}))\b|\bnext (?!(?:week|month|year|mon|tue|wed|thu|fri|sat|sun|weekend|time)\w*\b)(?:[a-z]+ )?(?:${TIMED})\b`, 'i'), { by: 'time', pick: 'min' }],
  [/最便宜|最实惠|最划算|价格最低|最低价|\b(?:cheapest|least expensive|lowest[- ]priced?)\b/i, { by: 'price', pick: 'min' }],
  [/最贵|价格最高|\b(?:most expensive|priciest)\b/i, { by: 'price', pick: 'max' }],
  // 「便宜点的就行」, "a cheap one is fine": said of all there are, not of two named, the cheapest of them
  [/便宜(?:一)?[点些]的(?!那)|\b(?:a cheap(?:er)? one|something cheap(?:er)?|as cheap as possible)\b/i, { by: 'price', pick: 'min' }],
  // 「东港和西港哪家便宜就订哪家」「住哪晚便宜」, "whichever is cheaper", "which of your two piers is cheaper?": of
  // those left after what is named, the cheapest
  [/哪(?:[个家场班趟款间晚天边处]|一[家个边场]|里)[^，,。？?！!\s]{0,2}?(?:更|比较)?便宜|便宜(?:一?点)?的?那[家场班趟间](?!\p{Script=Han}{0,2}贵)|\bwhichever is cheaper\b|\bwhich (?:of )?(?:your |the |these |those )?(?:\w+ ){0,3}(?:is|are|'s) cheaper\b|\bat the cheaper (?:one|place|cinema|store|branch)\b/iu, { by: 'price', pick: 'min' }],
  // 「评分最高的那部」, "the best-rated one"; 「最短的那部」「片长最长的」, "the shortest film": by a rating or a length field
  [/(?:评分|分数|口碑|评价)最(?:高|好)|最高分|分最高|\b(?:highest|best|top)[- ]rated\b|\bhighest rating\b/i, { by: 'rating', pick: 'max' }],
  [/(?:评分|分数|口碑|评价)最(?:低|差)|\b(?:lowest|worst)[- ]rated\b/i, { by: 'rating', pick: 'min' }],
  [/(?:片长|时长|时间)?最短|用时最少|最快|\b(?:shortest|quickest|fastest)\b/i, { by: 'length', pick: 'min' }],
  [/(?:片长|时长)最长|最长的|\blongest\b/i, { by: 'length', pick: 'max' }],
  [ASKS_SENIOR, { by: 'rank', pick: 'max' }],
  [ASKS_JUNIOR, { by: 'rank', pick: 'min' }],
  [OWES_MOST, { by: 'price', pick: 'max' }],
];

/** Comparing the things just named (「康舒和宁安…买便宜的那个」, "the cheaper one"): one of those, not of all. */
const COMPARED: [RegExp, Extreme][] = [
  [/(?:更|比较)?便宜(?:一?点)?的?那[个款种家盒份张杯瓶]|更便宜的|[选买要订拿]便宜的|\b(?:the )?cheaper(?: one| of the two| option)?\b|\bwhichever is cheaper\b/i, { by: 'price', pick: 'min' }],
  [/贵(?:一?点)?的那[个款种家盒份张杯瓶]|\b(?:the )?(?:pricier|more expensive)(?: one| of the two)\b/i, { by: 'price', pick: 'max' }],
  [/早(?:一?点)?的那[个场班趟节]|\bthe earlier(?: one)?\b/i, { by: 'time', pick: 'min' }],
  [/晚(?:一?点)?的那[个场班趟节]|\bthe later(?: one)?\b/i, { by: 'time', pick: 'max' }],
  [OWES_MOST, { by: 'price', pick: 'max' }],
];

const TIME_KEY = /time|Time|start|Start|^at$|slot|Slot|clock|hour|时间/;
const PRICE_KEY = /price|Price|fee|Fee|fare|Fare|cost|Cost|amount|Amount|^due$|Due$|owed|Owed|价|费/;
/** An amount alone, or with its currency sign or unit (`¥159.46`, `260元`, `RMB 80`). */
const MONEY = /^(?:[¥￥]|RMB|CNY)?\s*(\d+(?:\.\d+)?)\s*(?:元|块|yuan|RMB|CNY)?$/i;

/**
 * The one entity a superlative said picks (「最晚那场」「最便宜的」, "the earliest", "the cheapest"):
 * by its start time or its price field; undefined when nothing is said, the entities carry no
 * such field, or two share the extreme. `compared`: the entities are the ones the text named, and
 * a comparative picks among them (「便宜的那个」, "the cheaper one").
 */
export function pickSuperlative(entities: readonly Entity[], text: string, { compared = false } = {}): Entity | undefined {
  const extreme = (compared ? undefined : ordinalSaid(text)) ?? (compared ? COMPARED : SAID).find(([said]) => said.test(text))?.[1];
  if (!extreme || entities.length < 2) return undefined;
  const valued = entities.flatMap((entity) => {
    const value = valueOf(entity, extreme.by);
    return value === undefined ? [] : [{ entity, value }];
  });
  if (valued.length < 2) return undefined;
  const values = [...new Set(valued.map((v) => v.value))].sort((a, b) => (extreme.pick === 'min' ? a - b : b - a));
  const best = values[extreme.nth ?? 0];
  const at = valued.filter((v) => v.value === best);
  return at.length === 1 ? at[0]!.entity : undefined;
}

/** The minutes from the epoch to the start of the day a thing is on (its own date, or a date field), 0 where it says none. */
function dayMinutes(entity: Entity, raw: string): number {
  const date = DATE.exec(raw)?.[0] ?? Object.values(entity.fields ?? {}).map((v) => DATE.exec(v)?.[0]).find(Boolean);
  return date ? Date.parse(`${date}T00:00:00Z`) / 60000 : 0;
}

const DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const SPAN_START = /^(?:depart|departure|departTime|departureTime|start|startTime|begin|time)$/i;
const SPAN_END = /^(?:arrive|arrival|arriveTime|arrivalTime|end|endTime|finish)$/i;
const FIELD_KEY = { rating: /rating|Rating|score|Score|stars|评分/, length: /duration|Duration|length|Length|minutes|Minutes|runtime|时长|片长/ };

/** What a thing costs, by its price field (`price`, `fare`, `fee`, `¥159.46`); undefined where it carries none. */
export function priceOf(entity: Entity): number | undefined {
  return valueOf(entity, 'price');
}

function valueOf(entity: Entity, by: Extreme['by']): number | undefined {
  if (by === 'rank') return rankOf(entity);
  if (by === 'closes' || by === 'opens') return hoursEdge(entity, by);
  for (const [key, raw] of Object.entries(entity.fields ?? {})) {
    if ((by === 'rating' || by === 'length') && FIELD_KEY[by].test(key) && /^\d+(?:\.\d+)?$/.test(raw.trim())) return Number(raw);
    if (by === 'length' && SPAN_END.test(key)) {
      // (a trip that says when it leaves and arrives, not how long: its length is the time between)
      const start = Object.entries(entity.fields ?? {}).find(([k]) => SPAN_START.test(k))?.[1];
      const [from, to] = [start === undefined ? undefined : clockMinutes(start), clockMinutes(raw)];
      if (from !== undefined && to !== undefined) return (to - from + 24 * 60) % (24 * 60);
    }
    if (by === 'time' && TIME_KEY.test(key)) {
      const minutes = clockMinutes(raw);
      // (things listed over several days are in order of their day first: "the next one" of Saturday's and Monday's)
      if (minutes !== undefined) return dayMinutes(entity, raw) + minutes;
    }
    const money = by === 'price' && PRICE_KEY.test(key) ? MONEY.exec(raw.trim()) : null;
    if (money) return Number(money[1]);
  }
  // (a quote's thing that names no price but what it comes to: `total`, else the one total it has, `roomTotal`)
  if (by === 'price') {
    const totals = Object.entries(entity.fields ?? {}).filter(([key, raw]) => TOTAL_KEY.test(key) && MONEY.test(raw.trim()));
    const total = totals.find(([key]) => /^total$/i.test(key)) ?? (totals.length === 1 ? totals[0] : undefined);
    if (total) return Number(MONEY.exec(total[1].trim())![1]);
  }
  return undefined;
}

/** A field of what a thing comes to in all (`total`, `roomTotal`), not a count of them all (`totalSeats`). */
const TOTAL_KEY = /^total$|[a-z]Total$/;

const CLOSES_KEY = /^(?:close|closes|closing|closeTime|closingTime|closeAt|closesAt)$|关门|打烊/i;
const OPENS_KEY = /^(?:open|opens|opening|openTime|openingTime|openAt|opensAt)$|开门/i;
const HOURS_KEY = /^(?:hours|openHours|openingHours|businessHours)$|营业/i;

/** When a place closes or opens, in minutes of the day, by its own fields or its hours (`08:00-22:00`; 「24小时」 never closes). */
function hoursEdge(entity: Entity, edge: 'closes' | 'opens'): number | undefined {
  const fields = Object.entries(entity.fields ?? {});
  const own = fields.find(([key]) => (edge === 'closes' ? CLOSES_KEY : OPENS_KEY).test(key))?.[1];
  const at = own === undefined ? undefined : clockMinutes(own);
  if (at !== undefined) return edge === 'closes' && at < 6 * 60 ? at + 24 * 60 : at;
  const hours = fields.find(([key]) => HOURS_KEY.test(key))?.[1];
  if (!hours) return undefined;
  if (/24\s*(?:小时|h\b|hours)/i.test(hours)) return edge === 'closes' ? 48 * 60 : 0;
  const [from, to] = hours.split(/[-–~至到]/).map((part) => clockMinutes(part.trim()));
  const value = edge === 'closes' ? to : from;
  return value === undefined ? undefined : edge === 'closes' && value < 6 * 60 ? value + 24 * 60 : value;
}

/** The ordinary one of a kind (「普通大床房」「标准的那个」, "the regular room", "a standard one"). */
const PLAIN = /普通|标准(?!时间)|基础款|\b(?:regular|standard|basic|plain|ordinary|normal)\b/i;

/**
 * Of several things the words name alike (「大床房」 names a comfort king and a lake-view king), the one
 * called plain (「普通大床房就行」): the cheapest; none where nothing says plain or two share the price.
 */
export function pickPlain(named: readonly Entity[], text: string): Entity | undefined {
  if (!PLAIN.test(text) || named.some((entity) => entity.names.some((name) => PLAIN.test(name)))) return undefined;
  return pickSuperlative(named, '最便宜') ?? lowestInAll(named);
}

/** The one no other is below in any number they all carry (`weekday`, `weekend` rates), and that is below each other in one. */
function lowestInAll(named: readonly Entity[]): Entity | undefined {
  const numbers = (entity: Entity) => Object.fromEntries(Object.entries(entity.fields ?? {}).filter(([, v]) => /^\d+(?:\.\d+)?$/.test(v.trim())).map(([k, v]) => [k, Number(v)]));
  const all = named.map(numbers);
  const keys = Object.keys(all[0] ?? {}).filter((key) => all.every((n) => n[key] !== undefined));
  const lowest = named.filter((_, i) => named.every((__, j) => i === j || (keys.every((k) => all[i]![k]! <= all[j]![k]!) && keys.some((k) => all[i]![k]! < all[j]![k]!))));
  return keys.length && lowest.length === 1 ? lowest[0] : undefined;
}
