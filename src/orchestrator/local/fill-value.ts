import type { JsonSchema } from '../../package/index.ts';
import { clockMinutes, clockText, timeRangeSaid, findAddress, withoutArrival, groupedDigits, extractDateTime, partySize, peopleSaid, extractQuantities, findPeriod, parseNumber, matchEnum, refusedOptions, parseEnumGlosses, timeWindow, withSkillNames, type EnumOption } from '../understand/index.ts';
import { patternBody } from './pattern-body.ts';
import { timesInDayPart } from './times-in-part.ts';
import { isSpanEnd, isStayEnd, spanEndDate, stayEndDate, withoutEndSaid } from './stay-end.ts';
import { escapeRegExp, zonedParts } from '../../core/index.ts';
import { savedAddressSaid, type SavedAddress } from './saved-address.ts';
import { setAsideSpans } from './set-aside.ts';
import { ANY_ONE, EARLIEST, LATEST, asksComparison, isActing } from './request-words.ts';
import { todayOfTimeSaid } from './today-said.ts';

export interface ValueContext {
  /** The texts to read, most authoritative first (the latest answer before the request). */
  texts: string[];
  now: Date;
  timeZone: string;
  userCity: string | undefined;
  /** The user's saved addresses (「送到我家」 is the one labelled home). */
  addresses?: readonly SavedAddress[];
}

export function enumOptions(schema: JsonSchema): EnumOption[] | undefined {
  const codes = schema.enum ?? (schema.type === 'array' ? schema.items?.enum : undefined);
  if (!codes) return undefined;
  const description = schema.description ?? '';
  return parseEnumGlosses(description, codes.map(String)).map((o) => ({ ...o, glosses: [...new Set([...o.glosses, ...saidFor(description, o.code)])] }));
}

/** The enum choices of a schema, nested ones too (the options of each line of an order). */
export function enumsOf(schema: JsonSchema): EnumOption[][] {
  return Object.values(schema.properties ?? {}).flatMap((s) => {
    if (s.type === 'array' && s.items?.type === 'object') return enumsOf(s.items);
    const options = enumOptions(s);
    return options && options.length >= 2 ? [options] : [];
  });
}

/** Words the description says map to a code: 「用户说“中间/好一点的位置”用 premium」, 'when the user says "X", use Y'. */
function saidFor(description: string, code: string): string[] {
  const escaped = escapeRegExp(code);
  const re = new RegExp(`[“"「]([^”"」]{1,40})[”"」]\\s*(?:时|的话)?[，,]?\\s*(?:就|则)?(?:用|传|选|取|=|→|->|use|pass|means?)\\s*[“"「]?${escaped}(?![A-Za-z0-9_])`, 'gi');
  return [...description.matchAll(re)].flatMap((m) => (m[1] ?? '').split(/[/／、,，|]|\bor\b/).map((w) => w.trim()).filter((w) => w.length >= 2));
}

/** Reads an enum value (the longest gloss that appears) from the texts, in order. */
export function readEnum(schema: JsonSchema, ctx: ValueContext): string | undefined {
  const options = enumOptions(schema);
  if (!options) return undefined;
  const times = options.every((o) => clockMinutes(o.code) !== undefined);
  let timeSaid = false;
  for (const text of ctx.texts) {
    // An enum of times (`08:00`, `10:00`, …): the time said (「上午10点」, "3 pm"), or the one nearest a loose one.
    if (times) {
      const window = timeWindow(text, { now: ctx.now, timeZone: ctx.timeZone });
      if (window) {
        timeSaid = true;
        const fitting = options.filter((o) => { const m = clockMinutes(o.code)!; return m >= window.from && m <= window.to; });
        fitting.sort((a, b) => Math.abs(clockMinutes(a.code)! - window.center) - Math.abs(clockMinutes(b.code)! - window.center));
        if (fitting[0]) return fitting[0].code;
        continue;
      }
    }
    // ("8 is fine.", 「10点吧」 in answer to which time): a bare hour said alone is the option at that hour
    const hour = times ? bareHour(text, options) : undefined;
    if (hour) return hour.code;
    // (「单车就算了」: an option named only to be set aside is not the one wanted)
    const hits = matchEnum(text, options, setAsideSpans(text));
    // ("stretching or boxing, whichever is cheaper", 「拉伸和拳击哪个便宜」: two said as a choice between them leave it open)
    if (new Set(hits.map((h) => h.code)).size > 1 && (asksComparison(text) || /\bor\b|还是|或者/i.test(text))) return undefined;
    // (「不要冰的，要热的」: an option said as a refusal gives way to one wanted beside it)
    const wanted = hits.filter((h) => !REFUSAL_LEAD.test(text.slice(Math.max(0, h.span[0] - 3), h.span[0] + 2)));
    const hit = wanted.length && wanted.length < hits.length ? wanted[0] : hits[0];
    if (hit) return hit.code;
    // (「不要观景舱」 of two kinds of cabin: the other one)
    const refused = refusedOptions(text, options);
    const others = refused.length ? options.filter((o) => !refused.includes(o.code)) : [];
    if (others.length === 1) return others[0]!.code;
    // 「今晚想去练练拳」: an option said in everyday words, read in the words skills give it (拳击)
    const everyday = matchEnum(withSkillNames(text).slice(text.length), options)[0];
    if (everyday) return everyday.code;
    // "sent … to 1266 West Nanjing Road", 「送到南京西路1788号」: brought to an address said is the delivering option
    const brought = SENT_TO.test(text) && (findAddress(text) || savedAddressSaid(text, ctx.addresses ?? [])) ? options.find((o) => DELIVERING.test([o.code, ...o.glosses].join(' '))) : undefined;
    if (brought) return brought.code;
    // 「我自己过去取」, "I'll collect it": fetched by the person is the option of fetching
    const fetched = FETCHED.test(text) ? options.filter((o) => FETCHING.test([o.code, ...o.glosses].join(' '))) : [];
    if (fetched.length === 1) return fetched[0]!.code;
    // 「两包口罩，滨海区渡口路18号」, "Address: 18 Harbour Road": an address said where a thing is brought or fetched is where it is brought
    const addressed = !FETCHED.test(text) && findAddress(text) ? howItComes(options) : undefined;
    if (addressed) return addressed.code;
    const used = usedByShortName(text, options);
    if (used) return used.code;
  }
  // no time said, but a part of the day (「明天上午」) where only one of the times falls
  const inPart = times && !timeSaid ? timesInDayPart(options, ctx.texts) : undefined;
  // 「越晚越好」, "as early as you can": the first or last of those in the part said, of those still to come today
  const edge = times && !timeSaid ? ctx.texts.map((t) => (EARLIEST.test(t) ? 'first' : LATEST.test(t) ? 'last' : undefined)).find(Boolean) : undefined;
  if (edge) {
    const open = stillToCome(inPart ?? options, ctx);
    const picked = edge === 'first' ? open[0] : open.at(-1);
    if (picked) return picked.code;
  }
  // (several there, and the choice left to the assistant, 「上午哪个点还能约就约哪个」: the first; a refusal offers others)
  if (inPart && inPart.length > 1 && ctx.texts.some((t) => ANY_ONE.test(t))) return inPart[0]!.code;
  return inPart?.length === 1 ? inPart[0]!.code : undefined;
}

/** The options of times still to come, where a text says the day is today (all of them otherwise). */
function stillToCome(options: readonly EnumOption[], ctx: ValueContext): EnumOption[] {
  const ref = { now: ctx.now, timeZone: ctx.timeZone };
  const wall = zonedParts(ctx.now, ctx.timeZone);
  if (!ctx.texts.some((t) => extractDateTime(t, ref).date === wall.date)) return [...options];
  return options.filter((o) => clockMinutes(o.code)! > wall.hour * 60 + wall.minute);
}

/** The option at the hour a short answer says alone ("8 is fine.", "at 3", 「10点吧」): the one option it can be. */
function bareHour(text: string, options: readonly EnumOption[]): EnumOption | undefined {
  const m = BARE_HOUR.exec(text.trim());
  if (!m) return undefined;
  const [hour, minute] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4] ?? 0)];
  const fits = options.filter((o) => { const at = clockMinutes(o.code)!; return at % 60 === minute && (Math.floor(at / 60) === hour || Math.floor(at / 60) === hour + 12); });
  return fits.length === 1 ? fits[0] : undefined;
}
// (an hour needs a word that makes it one, "at 8", "8 is fine", 「8点」: a bare "2" may answer how many)
const BARE_HOUR = /^(?:(?:at|make it)\s+(\d{1,2})(?:[:：](\d{2}))?|(\d{1,2})(?:[:：](\d{2}))?\s*(?:o'?clock|is (?:fine|good|ok|okay|great)|works|then|吧|就行|就好|可以|好了))\s*(?:please|thanks|thank you)?[.!。！]?$/i;

/**
 * 「办一张十次卡，办好了直接用卡约」: 「用卡」 said of a card the request names (十次卡) is the option
 * glossed 「用次卡…」: a card, a coupon or a code used, said by its last word alone.
 */
function usedByShortName(text: string, options: EnumOption[]): EnumOption | undefined {
  const using = options.flatMap((o) => o.glosses.map((gloss) => /(?:用|使用|拿)(\p{Script=Han}{1,3}?)([卡券码])/u.exec(gloss)).filter((m) => m !== null).map((m) => ({ o, kind: m[1]!, head: m[2]! })));
  // (the card may be named in the request's other part, 「办一张十次卡」, or be the only card any option uses)
  const said = using.filter(({ kind, head }) => new RegExp(`(?:用|使用|拿)(?:这张|那张|这个|那个|新|刚办的|办好的)?${head}`).test(text) && (text.includes(`${kind}${head}`) || using.length === 1));
  return said.length === 1 ? said[0]!.o : undefined;
}

/** A refusal said at an option (「不要冰」「别加」, "no ice"): what it names is not what is wanted. */
const REFUSAL_LEAD = /不要|不用|别|不加|\bno\b|\bnot\b|\bwithout\b/i;

/** Words of bringing a thing to where someone is, and the option of an enum that does it. */
const SENT_TO = /\b(?:send|sent|ship|shipped|deliver(?:ed)?|bring|brought|drop(?:ped)? (?:it |them )?off)\b[^.?!]{0,120}\bto\b|送(?:到|去|至|往|过去|过来|上门)|送(?:我|回)?(?=家|公司|单位|办公室|我这)|配送到|[寄发](?:到|至|往)/i;
const DELIVERING = /\bdeliver(?:y|ed)?\b|外送|配送|送货|送到/i;
/** The delivering option of an enum that offers both bringing and fetching (「外送/到店自取」); undefined otherwise. */
function howItComes(options: readonly EnumOption[]): EnumOption | undefined {
  const words = (o: EnumOption) => [o.code, ...o.glosses].join(' ');
  const delivering = options.filter((o) => DELIVERING.test(words(o)) && !FETCHING.test(words(o)));
  return delivering.length === 1 && options.some((o) => FETCHING.test(words(o)) && !DELIVERING.test(words(o))) ? delivering[0] : undefined;
}

/** Words of the person fetching the thing themselves, and the option of an enum that is that. */
// (「我去湖滨那家拿一个」: the store may be named between going and fetching; 「不用送，我自己来」: the bringing refused)
const FETCHED = /(?:自己|亲自|我)(?:过去|去|到|来)(?:[^，,。；;！!？?\s]{0,8}?(?:店里?|门店|那家|那边))?(?:取|拿|提)|(?:自己|亲自)(?:过来|过去|来|去)(?:一趟)?(?=[，,。；;！!\s]|$)|(?:不用|不要|别|无需|不需要)(?:外送|配送|送货|送)|\b(?:no need to|don'?t|do not) (?:deliver|send)\b|\bno delivery\b|自取|自提|到店(?:取|拿)|(?:过去|过来|去|来)[^，,。；;！!？?\s]{0,5}?(?:取|拿|提)(?=[，,。；;！!？?\s]|$|一下|货|走)|路过(?:店里?|门店|那家|那边)|顺路(?:过去|去)?(?:取|拿|提)|\b(?:pop|swing|stop|drop)\s+(?:in|by|over)\b|\bon my way (?:home|back|over)\b|\b(?:i'?ll|i will|we'?ll|let me)\s+(?:come\s+(?:by|in)\s+(?:and|to)\s+)?(?:pick|collect|grab|get)\b|\bpick(?:ing)? (?:it|them) up\b|\b(?:i'?ll|i will|we'?ll|let me)\s+(?:come|go|head over|run over)\s+(?:and\s+|to\s+)?(?:get|grab|fetch|collect)\b/i;
const FETCHING = /\bpick-?up\b|\bcollect(?:ion)?\b|自取|自提|到店取|门店取/i;

/** The two values of a boolean, with the words its description glosses them by (`true=加一份浓缩/extra shot`); those it glosses only. */
export function booleanOptions(schema: JsonSchema): EnumOption[] {
  return parseEnumGlosses(schema.description ?? '', ['true', 'false']).filter((o) => o.glosses.length);
}

/** A boolean the description glosses (`true=加一份浓缩/extra shot`) and the text mentions. */
export function readBoolean(schema: JsonSchema, ctx: ValueContext): boolean | undefined {
  const options = booleanOptions(schema);
  if (!options.length) return undefined;
  for (const text of ctx.texts) {
    const hit = matchEnum(text, options)[0];
    if (hit) return hit.code === 'true';
  }
  return undefined;
}

/** Dates (`format: date`), times (`format: time`) from the texts, the latest answer first; a bare later hour keeps the request's afternoon. */
export function readDateTime(schema: JsonSchema, name: string, ctx: ValueContext): string | undefined {
  const wantsDate = schema.format === 'date' || /date|日期/i.test(name) || /YYYY-MM-DD/.test(schema.description ?? '');
  const wantsTime = schema.format === 'time' || /time$|Time$|时间/.test(name) || /HH:MM/i.test(schema.description ?? '');
  if (!wantsDate && !wantsTime) return undefined;
  // the last day of a stay is the day said plus the nights said (「下周五住两晚」), never the day said itself
  if (wantsDate && isSpanEnd(name, schema)) {
    const start = readWhen(true, ctx);
    return start === undefined ? undefined : spanEndDate(start, ctx.texts, { now: ctx.now, timeZone: ctx.timeZone });
  }
  if (wantsDate && isStayEnd(name, schema)) {
    // the day a stay starts is not the day said for its end (「住三晚，周六上午退房」)
    const start = readWhen(true, { ...ctx, texts: ctx.texts.map(withoutEndSaid) });
    return start === undefined ? undefined : stayEndDate(start, ctx.texts, { now: ctx.now, timeZone: ctx.timeZone });
  }
  const side = rangeSide(name, schema.description ?? '');
  // 「六点半到八点之间开船的」, "between 6:30 and 8 pm": each end of the range is its own end of the window said
  const window = side && wantsTime && !wantsDate ? ctx.texts.map((t) => timeRangeSaid(t, { now: ctx.now, timeZone: ctx.timeZone })).find(Boolean) : undefined;
  if (window) return clockText(side === 'after' ? window.from : window.to);
  // One end of a range: filled only when the request says that end (「7点以后」); an exact time
  // in both ends would be empty by construction, so the list is read whole and the time chosen from it.
  if (side && !ctx.texts.some((t) => (side === 'after' ? SAYS_AFTER : SAYS_BEFORE).test(t))) return undefined;
  // 「下午三点前要到」 says when to arrive: no time of leaving, nor of anything else but an arrival
  if (wantsTime && !/arriv|到达|抵达/i.test(`${name} ${schema.description ?? ''}`)) {
    const ref = { now: ctx.now, timeZone: ctx.timeZone };
    return readWhen(wantsDate, { ...ctx, texts: ctx.texts.map((t) => withoutArrival(t, ref)) });
  }
  return readWhen(wantsDate, ctx);
}

/** Which end of a range a parameter is (`startAfter`, `timeFrom`, `latest`, 「…之后」), if it is one. */
export function rangeSide(name: string, description: string): 'after' | 'before' | undefined {
  if (/after|since|earliest|min(?![a-z])|lower/i.test(name)) return 'after';
  if (/before|until|till|latest|max(?![a-z])|upper/i.test(name)) return 'before';
  if (/^(start|begin|end|depart|arrive)?(Time|Date|At)?$/i.test(name)) return undefined;
  if (/(from|start|begin)(Time|Date)?$/i.test(name)) return 'after';
  if (/(?:To|_to|^to|End|_end)(?:Time|Date)?$/.test(name)) return 'before';
  // 「不能早于今天」 limits the value itself; it does not make the parameter one end of a range
  const bound = description.replace(/(不能|不得|不可|不应|不要|不会|无法|须|必须|应|cannot be|must not be|must be|no)\s*(早于|晚于|之前|之后|以前|以后|earlier|later|before|after)/gi, '');
  if (/之后|以后|晚于|最早/.test(bound)) return 'after';
  if (/之前|以前|早于|最晚|截止/.test(bound)) return 'before';
  return undefined;
}

// ("I have a dinner after" says no time: after and before count beside a time)
const CLOCK_EN = String.raw`\s+(?:\d|noon|midday|midnight|lunch|dinner|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const SAYS_AFTER = new RegExp(String.raw`以后|之后|后开始|往后|起|\bafter${CLOCK_EN}|later than|from \d|\d\s*(?:[ap]\.?m\.?)?\s*(?:on|onwards?)\b`, 'i');
const SAYS_BEFORE = new RegExp(String.raw`以前|之前|前结束|最晚|\bbefore${CLOCK_EN}|earlier than|until|by \d`, 'i');

/** The date, or the time (a bare later hour keeps the afternoon the request said), the first text first. */
function readWhen(wantsDate: boolean, ctx: ValueContext): string | undefined {
  const ref = { now: ctx.now, timeZone: ctx.timeZone };
  const found = ctx.texts.map((t) => extractDateTime(t, ref));
  if (wantsDate) return found.map((f, i) => actedDate(ctx.texts[i]!, ref) ?? f.date).find(Boolean) ?? todayOfTimeSaid(ctx.texts, found, ref);
  const index = found.findIndex((f) => f.time);
  const hit = found[index];
  if (!hit?.time) return undefined;
  const later = found.slice(index + 1).find((f) => f.time);
  const [h = 0, m = 0] = hit.time.split(':').map(Number);
  // `period` is always set (a bare hour is guessed): what counts is whether the answer said one. A bare
  // hour is read as the one nearer the request's time (「那就7点半」 after 「晚上6点」 is 19:30, 「10点」 after 15:00 stays 10:00).
  if (index === 0 && later?.time && !findPeriod(ctx.texts[0] ?? '') && h < 12) {
    const [lh = 0, lm = 0] = later.time.split(':').map(Number);
    const asked = lh * 60 + lm;
    if (Math.abs((h + 12) * 60 + m - asked) < Math.abs(h * 60 + m - asked)) return `${String(h + 12).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  }
  return hit.time;
}

/** Words that name a day (「明天」「周日」「12月5号」, "tomorrow", "Sunday"). */
const DAY_SAID = /[今明后]天|[今明昨][晚早]|大后天|周[一二三四五六日天末]|星期|礼拜|\d{1,2}\s*[号日](?!元)|\d{1,2}\s*月|\d{4}-\d{2}-\d{2}|\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\b/i;

/**
 * 「周一早上要赶头班船，所以周日晚上想在码头附近住一晚」: of the days a text says in clauses of their own,
 * the one said in the one clause that acts; undefined where that does not tell (one day, or none acting).
 */
function actedDate(text: string, ref: { now: Date; timeZone: string }): string | undefined {
  const dated = text.split(/[，,。；;！!？?]/).flatMap((clause) => {
    // (only a day said in words of a day: 「住一晚」 names no day)
    const date = DAY_SAID.test(clause) ? extractDateTime(clause, ref).date : undefined;
    return date ? [{ date, acts: isActing(clause) }] : [];
  });
  const acting = dated.filter((d) => d.acts);
  return new Set(dated.map((d) => d.date)).size > 1 && acting.length === 1 ? acting[0]!.date : undefined;
}

const UNIT_HINTS: [RegExp, RegExp][] = [
  [/公斤|千克|kg|kilo|重量|weight/i, /公斤|千克|kg|kilo|斤/i],
  [/元|金额|amount|yuan|money|充值/i, /元|块|yuan|rmb|¥/i],
  [/人数|几位|位|party|people|guests?|persons/i, /人|位|名额|people|persons?|guests?|pax|spots?|places?/i],
  [/小时|钟头|时长|hours?\b|duration/i, /小时|钟头|hours?|hrs?/i],
  [/天数|几天|几晚|days?\b|nights?\b/i, /天|晚|days?|nights?/i],
  [/房间数|间数|几间|^rooms?\b/i, /间|rooms?/i],
];

/** A number for a parameter: by the unit its description names, or the one quantity said. */
export function readNumber(schema: JsonSchema, name: string, ctx: ValueContext, { countLike }: { countLike: boolean }): number | undefined {
  const description = `${name} ${schema.description ?? ''}`;
  for (const said of ctx.texts) {
    // (the numbers of a street address, 「望海大厦3座1702」, count nothing)
    const address = findAddress(said);
    // (「一人一张，我们仨」: of a count of people, what each one has counts neither the people nor the whole)
    const own = address ? said.replace(address, ' ') : said;
    const text = PEOPLE_COUNT.test(description) ? own.replace(PER_HEAD, (m) => ' '.repeat(m.length)) : own;
    const quantities = extractQuantities(text);
    for (const [hint, unit] of UNIT_HINTS) {
      if (!hint.test(description)) continue;
      // The unit may follow a measure word (「10个人」: 个, then 人) or come first in English ("for six").
      // English puts a word or two between ("two king rooms", "3 adult guests")
      const described = new RegExp(`^\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:${unit.source})\\b`, 'i');
      // right after the measure word only: 「来个双人套餐」 is one thing for two, not one person
      const next = new RegExp(`^(?:${unit.source})`, 'i');
      const match = quantities.find((q) => (q.unit && (unit.test(q.unit) || next.test(text.slice(q.span[1], q.span[1] + 2)))) || described.test(text.slice(q.span[1], q.span[1] + 40)));
      // (「两斤半」 is 1.25 kg: a 斤 is half a kilogram, where the parameter is in kilograms)
      if (match) return match.unit === '斤' && /公斤|千克|kg|kilo/i.test(description) ? match.value / 2 : match.value;
      const spoken = PEOPLE.test(unit.source) ? peopleCount(text, unit) ?? partySize(text) ?? peopleSaid(text) : undefined;
      if (spoken !== undefined) return spoken;
    }
    if (!quantities.length) continue;
    if (countLike) {
      // 「两张」 counts tickets, not the 份 a snack's count is in: a count in another measure word is another thing's.
      const measures = [...description.matchAll(new RegExp(`(${MEASURE_WORD.source})数`, 'g'))].map((m) => m[1]);
      const ownMeasure = (q: { unit?: string }) => !measures.length || !q.unit || !OTHER_KIND.test(q.unit[0] ?? '') || measures.includes(q.unit[0]);
      // 「…一张多少钱？合适就买两张」, "How much is a seat? If it's under 70, get me two": the count the act says, not the question's
      const asked = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
      // (a price bound, "under 70", 「不到一百块」, counts nothing)
      const counts = quantities.filter((q) => !BOUND_BEFORE.test(text.slice(Math.max(0, q.span[0] - 12), q.span[0])) && !MONEY_AFTER.test(text.slice(q.span[1])));
      // (「一张要是不超过90块就买三张」: the one a price is said of is a unit, where another count is the order's)
      const ordered = counts.filter((q) => !PRICED_AFTER.test(text.slice(q.span[1])));
      const own = ordered.length ? ordered : counts;
      const acted = asked >= 0 && own.some((q) => q.span[0] > asked) ? own.filter((q) => q.span[0] > asked) : own;
      const counted = acted.find((q) => ownMeasure(q) && (!q.unit || !UNIT_HINTS.some(([, u]) => u.test(q.unit ?? ''))));
      if (counted) return counted.value;
    }
  }
  return undefined;
}

/** A count described as one of people (「票数（人数）」, "number of guests"). */
const PEOPLE_COUNT = /人数|\b(?:party|people|guests?|persons)\b/i;
/** 「一人一张」「每人两杯」: what each one has, no count of the people nor of the whole. */
const PER_HEAD = /(?:一人|每人|每位|人手)\s*[一二两三四五六七八九十\d]+\s*[张杯份个件瓶盒碗间套]/gu;

/** Words that make the number after them a bound on a price, not a count. */
const BOUND_BEFORE = /(?:\bunder|\bbelow|\bless than|\bmore than|\bover|\babove|\bwithin|\bup to|不到|低于|少于|超过|高于|不超过|以内)\s*[¥￥$]?\s*$/i;
/** A price said of what a count counts (「一张要是不超过100」「一张多少钱」, "one is under 100"): a unit, not the order's count. */
const PRICED_AFTER = /^\s*(?:(?:要是|如果|若是?|假如)?(?:不超过|超过|低于|高于|不到|少于|多于|多少钱|多少|在\d)|(?:\w+\s+){0,2}(?:is|costs?|comes to)\s+(?:under|over|below|above|less|more|at most|no more)\b)/i;
const MONEY_AFTER = /^\s*(?:元|块钱|块|\byuan\b|\brmb\b|以内|以下|以上)/i;

/** Chinese measure words a count's description may name (个 counts anything). */
const MEASURE_WORD = /[份张杯件瓶盒位次节间台碗串块]/;
/** Measure words of things other than portions (tickets, people, sessions, rooms): 「两碗米饭」 is still two portions. */
const OTHER_KIND = /[张位次节间台]/;

const NUMBER_WORD = String.raw`\d+|[零一二两三四五六七八九十百]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;

const PEOPLE = /人|people|persons|guests/;
const RATE_BEFORE = /(?:每|多少钱|钱|元|块|\bper\s*)$/i;

/** How many people: a count right before 人/位 (「4个人」), or after "for"/"party of" ("for six"). Not a rate (「一小时」「50元一位」). */
function peopleCount(text: string, unit: RegExp): number | undefined {
  const before = [...text.matchAll(new RegExp(`(${NUMBER_WORD})\\s*[个名口]?\\s*(?:${unit.source})`, 'gi'))]
    .find((m) => !RATE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)));
  const party = new RegExp(`\\b(?:for|party of)\\s+(${NUMBER_WORD})\\b`, 'i').exec(text);
  const word = before?.[1] ?? party?.[1];
  return word === undefined ? undefined : parseNumber(word);
}

export function isCountLike(name: string, schema: JsonSchema): boolean {
  // (a waybill `number` written as text, with letters in its pattern, counts nothing)
  if (schema.type === 'string' || schema.type === 'boolean') return false;
  return /^(qty|quantity|count|num|number|amount|copies|tickets)$/i.test(name) || /数量|份数|几份|张数|how many|quantity/i.test(schema.description ?? '');
}

/** Origin and destination from 「从A到B」 / "from A to B" / 「A到B」 / 「A去B」. */
export function readRoute(texts: string[]): { from?: string; to?: string } {
  for (const text of texts) {
    // (the place ends where the sentence goes on: "…to the East Pier is the quickest", "…to Hangzhou and back")
    const en = text.match(/\bfrom\s+(.+?)\s+to\s+(.+?)(?=\s+(?:tomorrow|today|tonight|on|at|by|for|next|this|please|around|departing|leaving|after|before|now|asap|right now|immediately|is|are|was|will|would|has|have|and|with|that|which|in the)\b|\s*[—–]|\s-\s|[,.?!;:(]|$)/i);
    if (en?.[1] && en[2]) return { from: en[1].trim(), to: en[2].trim() };
    // "Nanjing South to Hangzhou East tomorrow": two names, each in capitals, either side of "to".
    const names = text.match(/(?:^|[,.]\s*|(?<=[a-z]\s))([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+to\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})/);
    if (names?.[1] && names[2]) return { from: names[1].trim(), to: names[2].trim() };
    // "get to Hangzhou this Sunday, leaving Hongqiao around 9": going somewhere and, apart, where from
    // ("need to be in Hangzhou…, whatever leaves Shanghai around 9", "I'm at Jing'an Temple, need to get to Pudong airport T2")
    const headed = HEADED.exec(text);
    const departing = DEPARTING.exec(text);
    if (headed?.[1] && departing?.[1] && headed[1] !== departing[1]) return { from: departing[1], to: headed[1] };
    // 「去云溪机场T2，从枫林出发」: the way said as a destination and, apart, where it starts
    const going = /(?:去|到)([^，,。；;！!？?\s]{2,16}?)(?:[，,。；;]|$)/.exec(text);
    // (「从北京发」「从公司寄」: sending leaves from there too)
    // (「我在国贸，…去机场」: where the user is, said first, is where it starts)
    const leaving = /从([^，,。；;！!？?\s]{2,12}?)(?:出发|走|上车|发车|寄出?|发(?:货|出|件)?(?=[，,。；;！!\s]|$))/.exec(text)
      // (「…去南京，北京南上车」「…到青屿，云溪出发」: where one gets on, said with no 从; not when: 「明天出发」)
      ?? /(?<=^|[，,。！!；;]\s*)(?![今明后]天|早上|晚上|上午|下午|中午|周|星期|下周|这周|马上|现在)([^，,。；;！!？?\s从]{2,8}?)(?:上车|上的车|发车|出发)(?=[，,。；;！!\s]|$)/.exec(text)
      ?? /(?<=^|[，,。！!；;]\s*)我(?:现在|这会儿|人)?在([^，,。；;！!？?\s]{2,12}?)(?:出差|上班|工作|旅游|开会)?(?=[，,。；;])/.exec(text);
    const apart = going && leaving && (going.index >= leaving.index + leaving[0].length || going.index + going[0].length <= leaving.index);
    if (apart && going[1] && leaving[1]) return { from: leaving[1], to: going[1] };
    const local = /([\u4e00-\u9fff]{2,4}?)(?:市内|同城)/.exec(text) ?? /\b(?:within|inside)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})/.exec(text);
    if (local?.[1]) return { from: local[1], to: local[1] };
    // "to a friend across town here in Shanghai": one city, both ends in it
    const town = /\b(?:across town|in the same city|same city|within the city)\b/i.test(text) ? /\bin\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})/.exec(text) : null;
    if (town?.[1]) return { from: town[1], to: town[1] };
    // 「北京寄天津」: a verb of sending between two places is the arrow where no 到/去 is said.
    // 「两点到四点之间」: a 到 between two times is a range, not the way.
    const toward = [...text.matchAll(/到|去|至|→|->/g)].find((m) => !(/[点分半\d]$/.test(text.slice(0, m.index)) && /^[\d一二两三四五六七八九十]/.test(text.slice(m.index + m[0].length))))?.index ?? -1;
    const arrow = toward > 0 ? toward : text.search(/(?<=[\u4e00-\u9fff]{2})[寄发运](?=[\u4e00-\u9fff]{2})(?![个件份箱包])/);
    if (arrow <= 0) continue;
    // (「三里屯打个快车到故宫」: the ride asked for between the places is no part of either)
    const before = text.slice(0, arrow).replace(/(?:打|叫|约|坐)(?:个|辆|一辆|一个)?(?:快车|专车|出租车?|舒适型|网约车|的士|车)?$/u, '');
    const marked = /(?:从|由)([\u4e00-\u9fff]{2,4}?)(?=寄|出发|发|坐|乘|打|叫|的|，|,|\s|$|[一两二三四五六七八九十\d])/.exec(before);
    // A time said right before the place (「1点10分云溪北」「两点多青屿东」) ends there too.
    const cut = Math.max(...[...'从由点天号张个在帮我的，,、 午晚早'].map((c) => before.lastIndexOf(c)), ...[/\d分/g, /点多/g, /点半/g, /以后|之后|以前|之前|之间|前后|左右|一班|一趟|出发/g, /早上|晚上|上午|下午|中午|傍晚|凌晨|今天|明天|后天|今晚|明晚/g, /(?:下下?|这|本|上)?(?:周|星期|礼拜)[一二三四五六日天末]/g].map((re) => lastEnd(before, re)));
    // (「明早有没有去青屿的船」: the words of asking before the way are no place it starts from)
    const from = marked?.[1] ?? before.slice(cut + 1).replace(ASKING_LEAD, '').replace(ASKING_TAIL, '').trim();
    const after = text.slice(arrow + 1).replace(/^(达|往)/, '');
    // A name may start with digits (「1906文创园」): a count after the place (「2张」) ends it, these do not.
    const lead = /^\d+(?=[\u4e00-\u9fff])/.exec(after)?.[0] ?? '';
    // (a terminal's letter and number, 「机场T3」, stay with the place; a count after it, 「2张」, does not;
    // a numeral a name starts with, 「三里坪」「十三陵」, is the name's)
    const to = `${lead}${after.slice(lead.length).split(/的|，|,|。|[？?]|\s|高铁|火车|动车|车票|机票|快车|专车|打车|出发|(?<![A-Za-z])(?<!^)[一两二三四五六七八九十\d]|吧|吗|呢|大概|大约|多少|多久|要多|得多|最[早晚快慢便贵近]|早上|晚上|上午|下午|中午|今天|明天|后天/)[0] ?? ''}`.trim();
    // 「寄个东西到上海」: the thing sent is no place it leaves from; 「我和老伴去青屿」: who goes along is none either
    if (!marked && (SENT_THING.test(from) || COMPANY.test(from))) return to.length >= 2 ? { to } : {};
    if (from.length >= 2 && to && to.length >= 2) return { from, to };
    // 「后天去厦门的动车」: where it goes, with no start said (the start is asked, or read elsewhere)
    if (from.length < 2 && to.length >= 2 && !NOT_A_PLACE.test(to)) return { to };
  }
  return {};
}

/** A place said in English: capitalised words, with the everyday words of a place's name between them ("Pudong airport T2"). */
const PLACE_EN = String.raw`[A-Z][\w'-]*(?:\s+(?:[A-Z0-9][\w'-]*|airport|station|temple|square|park|mall|terminal)){0,3}`;
/** Going somewhere: "get to X", "trip to X", "be in X", "get to the Bund" (a place named with "the"). */
const HEADED = new RegExp(String.raw`\b(?:(?:get|go|going|travel(?:l?ing)?|head(?:ing)?|back|trip|train|ticket|ride)\s+(?:back\s+)?to|(?:be|arrive|arriving)\s+(?:in|at))\s+(?:the\s+)?(${PLACE_EN})`);
/** Where from: "leaving X", "whatever leaves X", "out of X", "I'm at X", "a seat from X on a train…". */
const DEPARTING = new RegExp(String.raw`\b(?:(?:[Ll]eaving|[Dd]eparting|leaves|departs|leave|depart|starting)\s+(?:from\s+)?|out of\s+|(?:[Ii]'?m|[Ii] am|[Ww]e'?re|[Ww]e are)\s+(?:at|in)\s+(?:the\s+)?|(?:seat|ticket|train|ride|car|taxi|cab|flight)s?\s+from\s+|\bfrom\s+(?=${PLACE_EN}\s+(?:on|at|for|leaving|departing|around|tomorrow|today|tonight|this|next)\b))(${PLACE_EN})`);

/** Words of asking or wanting said right before the way (「有没有」「还有」「我想」「能不能」). */
const ASKING_LEAD = /^(?:请问|还?有没有|还有|有|我?想要?|我?要|能不能|能|可以)+/u;
const ASKING_TAIL = /(?:还?有没有|还有|我?想要?|能不能|可以)+$/u;

/** What follows 到 or 去 and is no place (「到时候」「到店自取」「到家」). */
const NOT_A_PLACE = /^(?:时候|时|店|家|手|期|底|点|位|齐)/u;

/** What is sent or carried, said where a place could stand (「寄个东西到…」, 「送份文件去…」). */
const SENT_THING = /^(?:东西|快递|包裹|文件|礼物|行李|衣服|资料|货|件)$/u;

/** Who goes along, said where a place could stand (「和老伴」「跟同事们」「带孩子」). */
const COMPANY = /^(?:和|跟|与|同|带(?:着)?)[^，,。；;\s]{1,6}$/u;

/** Where the last match of `re` (global) in the text ends, less one (as `lastIndexOf` of its last character); -1 when none. */
function lastEnd(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index + m[0].length - 1;
  return at;
}

/** A value matching the parameter's `pattern` (phone numbers, tracking numbers). */
export function readPattern(schema: JsonSchema, ctx: ValueContext): string | undefined {
  const body = patternBody(schema);
  if (body === undefined || !schema.pattern) return undefined;
  const re = new RegExp(body, 'i');
  for (const text of ctx.texts) {
    const m = text.match(re);
    if (m) return m[0];
  }
  // a number written in groups (「138 0013 8001」) is the number it spells, where the whole of it fits
  const whole = new RegExp(`^(?:${body})$`, 'i');
  for (const text of ctx.texts) {
    const joined = groupedDigits(text, (digits) => whole.test(digits));
    if (joined) return joined;
  }
  return undefined;
}
