import type { JsonSchema } from '../../package/index.ts';
import { askedAttributes, type Attribute } from '../understand/asked-attribute.ts';
import { detectLanguage, matchEntities, pickSuperlative, timeWindow, type DateTimeReference, type Entity } from '../understand/index.ts';
import { entitiesAt, inDayPart } from './choose-entities.ts';
import { attributeKeys, minutesOf } from './attribute-fields.ts';
import { displayName } from './entities.ts';

/** One object a result holds, with the schema that describes it where the output schema gives one. */
interface Held {
  value: Record<string, unknown>;
  schema?: JsonSchema;
}

/** More things named than this is asking about the list, not about one thing. */
const MANY = 4;

const NAME_KEYS = ['name', 'nameEn', 'title', 'label', 'fullName', 'displayName', 'shortName'];

/**
 * The answer to a question for a fact about a thing a result names (「陶艺入门那节几点下课」, "how
 * long is a pilates class and what does one cost?", 「西湖那家在哪」): that thing's attribute, read
 * from the result's structured data by the field that holds it, said short in the asker's language.
 * An end time is its start plus its length where the thing says no end. Undefined where nothing is
 * asked for, or no one thing (or a few) is named, or the thing holds none of it.
 * `ref` is the hub's clock: 「明天那场」 is the day after the hub's today, not the machine's.
 */
export function factAnswer(texts: readonly string[], structured: unknown, ref: DateTimeReference, outputSchema?: JsonSchema): FactAnswer | undefined {
  const attributes = [...new Set(texts.flatMap((text) => askedAttributes(text)))];
  // 「…几点关门，有没有停车位？」: a question of something else besides hears more than the fact
  // (「最早一班几点？…多少钱」: when the one picked leaves is said with it, by its name)
  if (!attributes.length) return undefined;
  const held = heldObjects(structured, outputSchema).filter((h) => attributes.some((a) => valueOf(a, h) !== undefined));
  // ("does the store have X?" of a thing listed is answered by naming it)
  const namesHeld = (clause: string) => named([clause], held, ref).length > 0;
  if (texts.some((text) => asksBesides(text, SAYS_EXTREME.test(text), ref, namesHeld))) return undefined;
  // a result about one thing (a quote, an order) holds it at its root: that is the answer
  const root = held.find((h) => h.value === structured);
  const found = root ? [root] : named(texts, held, ref);
  // 「最早一班…二等座多少钱」: of the one a superlative picks, its part the question names (or all its parts)
  const picked = !found.length || found.length > 1 ? pickedWithin(texts, structured, outputSchema, attributes, ref) : undefined;
  const things = picked?.things ?? found;
  // "How late is the pharmacy open, and is X open 24 hours?": asked first of none of them, it is asked of them all
  if (!root && things.length && asksFirstOfNone(texts, held, ref)) return undefined;
  const lang = detectLanguage(texts.join(' '));
  const values: string[] = [];
  const lines = things.flatMap((thing) => {
    const parts = attributes.flatMap((attribute) => {
      const said = valueOf(attribute, thing);
      if (said !== undefined) values.push(...said.raw);
      return said === undefined ? [] : [phrase(attribute, said, lang)];
    });
    // (the one picked is said with its time: 「最早一班」 asks it too)
    const called = [picked && picked.parent !== thing ? displayName(entityOf(picked.parent, 0), lang) : '', label(thing, lang)].filter(Boolean).join(' ');
    const said = parts.join(lang === 'en' ? ', ' : '，');
    return parts.length ? [called ? `${called}${lang === 'en' ? ': ' : '：'}${said}` : said] : [];
  });
  if (!lines.length) return undefined;
  return { text: lang === 'en' ? `${lines.join('; ')}.` : `${lines.join('；')}。`, values };
}

/**
 * The thing a superlative picks among all listed (「最早一班」, "the cheapest one") and, where it holds
 * no attribute asked itself, those of its parts (its seat classes) the texts name, else all of them.
 */
function pickedWithin(texts: readonly string[], structured: unknown, outputSchema: JsonSchema | undefined, attributes: readonly Attribute[], ref: DateTimeReference): { parent: Held; things: Held[] } | undefined {
  const listed = heldObjects(structured, outputSchema).filter((h) => h.value !== structured);
  const entities = listed.map((h, index) => entityOf(h, index));
  // (「周日下午最快的那班」: the superlative is of those in the part of the day said)
  const chosen = texts.map((text) => pickSuperlative(inDayPart(text, entities), text)).find(Boolean);
  const parent = chosen ? listed[Number(chosen.id)] : undefined;
  if (!parent) return undefined;
  const inner = heldObjects(parent.value, parent.schema).filter((h) => attributes.some((a) => valueOf(a, h) !== undefined));
  if (inner.some((h) => h.value === parent.value)) return { parent, things: [parent] };
  const parts = named(texts, inner, ref);
  const things = parts.length ? parts : inner.length <= MANY ? inner : [];
  return things.length ? { parent, things } : undefined;
}

/** The answer, and the values it says as the result gave them (to tell whether a list's own line says them too). */
export interface FactAnswer {
  text: string;
  values: string[];
}

/** Whether the first clause that asks for an attribute, of several, names none of the things (a later "one" names the thing before it). */
function asksFirstOfNone(texts: readonly string[], held: Held[], ref: DateTimeReference): boolean {
  return texts.some((text) => {
    const asking = clausesOf(text).filter((clause) => askedAttributes(clause).length);
    // ("Juhua cha? What is it good for, and the price?": a question of "it" is of the thing named before it)
    return asking.length > 1 && named([asking[0]!], held, ref).length === 0 && !REFERS_BACK.test(asking[0]!);
  });
}

/** Words that point back at a thing named before (「它」「这个」, "it", "that one"). */
const REFERS_BACK = /它|这个|那个|这款|那款|这种|\b(?:it|its|they|them|this|that)\b/i;

function clausesOf(text: string): string[] {
  return text.split(/[，,;；、。！!\n]|(?<=[?？])|\band\b/i);
}

/** Whether a clause of the text asks something that is none of the attributes (「有没有停车位」); `when`: a time asked is no more; nor is whether any are on in a span of time said. */
function asksBesides(text: string, when: boolean, ref: DateTimeReference, namesHeld: (clause: string) => boolean): boolean {
  // (「哪班最快」, "which is the quickest", "what's the first sailing": the one picked is said by name with what is asked of it)
  // (「有几家？…那家在哪」: how many there are is the list's to say, heard before the fact: `about-named.ts`)
  return clausesOf(text).some((clause) => ASKS.test(clause) && !askedAttributes(clause).length && !(when && ASKS_WHEN.test(clause)) && !(SAYS_EXTREME.test(clause) && WHICH_ONE.test(clause)) && !(IS_THERE.test(clause) && timeWindow(clause, ref)?.loose) && !PICKS_ONE.test(clause) && !ASKS_COUNT.test(clause) && !((HAS_THING.test(clause) || topicOnly(clause)) && namesHeld(clause)));
}

/** 「菊花茶？」, "Juhua cha?": a short name said with a question mark and no word of asking, the thing the questions after it are of. */
function topicOnly(clause: string): boolean {
  const words = clause.replace(/[?？]/g, ' ').trim();
  return !ASKS.test(words) && (words.split(/\s+/).length <= 3 && words.length <= 24);
}

/** 「…有X吗」, "does the store have X?": whether a thing is had, answered by naming it with what is asked of it, where it is listed. */
const HAS_THING = /有没有|有[^，,。？?]{1,12}(?:吗|么)|\bdo(?:es)? (?:you|they|it|the [^?]{1,30}) (?:have|carry|sell|stock)\b/i;

/** How many there are (「云溪有几家店」, "how many branches are there"): no time or length (「几个小时」). */
export const ASKS_COUNT = /几(?:家|间|所|种|款|处)|几个(?!小时|钟|月|星期|礼拜|人)|多少(?:家|间|所|种|款|处)|\bhow many (?!hours|minutes|days|people|tickets)\w+/iu;

/** 「九点以后还有场吗」, "is anything starting after 9?": whether there are any in a span of time, answered by naming those there are. */
const IS_THERE = /有没有|还有[^，,。？?]{0,8}(?:吗|么)|\b(?:is|are) (?:there )?(?:anything|any\b)|\banything (?:on|starting|left)\b/i;

const ASKS_WHEN = /几点|什么时候|\bwhat time\b|\bwhen\b/i;
/** "What's the first sailing", 「最早的是哪班」: which one a superlative picks, answered by naming it. */
const WHICH_ONE = /哪|什么|\bwhat(?:'s| is)\b|\bwhich\b/i;
const PICKS_ONE = /最快|最短|用时最少|评分最高|\b(?:quickest|fastest|shortest|best[- ]rated|highest[- ]rated)\b/i;
const SAYS_EXTREME = /最早|最晚|最后一|首班|末班|第一[场班趟节]|\b(?:earliest|latest|first|last)\b/i;

const ASKS = /[?？]|吗|么|嘛|多少|几|哪|什么|怎么|\b(?:how|what|what'?s|which|when|where|is there|are there)\b/iu;

/** The things the texts name among those held (by their names, the names they carry, a time said); the one held where only one is. */
function named(texts: readonly string[], held: Held[], ref: DateTimeReference): Held[] {
  if (held.length === 1) return held;
  const entities = held.map((h, index) => entityOf(h, index));
  const carried = [...new Set(held.flatMap((h) => Object.keys(h.value).filter((key) => /[a-z]Name(?:En)?$/.test(key))))];
  const score = new Map<string, number>();
  for (const text of texts) {
    for (const hit of matchEntities(text, entities, { fields: carried, ref })) score.set(hit.entity.id, (score.get(hit.entity.id) ?? 0) + hit.score);
  }
  const best = Math.max(0, ...score.values());
  const top = [...score].filter(([, s]) => best > 0 && s >= best - 1e-9).map(([id]) => held[Number(id)]!);
  // "anything on after 8pm?": none named, those listed in the span of time said
  const window = top.length ? undefined : texts.map((text) => timeWindow(text, ref)).find((w) => w?.loose);
  const inWindow = window ? entitiesAt(entities, window).map((e) => held[Number(e.id)]!) : [];
  const found = top.length ? top : inWindow;
  return found.length <= MANY ? found : [];
}

/** Every object the result holds in a list (and the result itself), each with its schema where known. */
function heldObjects(value: unknown, schema: JsonSchema | undefined, depth = 0, listed = false): Held[] {
  if (depth > 6 || !value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item) => heldObjects(item, schema?.items, depth + 1, true));
  const object = value as Record<string, unknown>;
  const own: Held[] = listed || depth === 0 ? [{ value: object, ...(schema ? { schema } : {}) }] : [];
  return [...own, ...Object.entries(object).flatMap(([key, inner]) => heldObjects(inner, schema?.properties?.[key], depth + 1))];
}

function entityOf(h: Held, index: number): Entity {
  const names = NAME_KEYS.flatMap((key) => (typeof h.value[key] === 'string' && h.value[key] ? [h.value[key] as string] : []));
  if (Array.isArray(h.value.aliases)) names.push(...h.value.aliases.filter((a): a is string => typeof a === 'string' && a.length > 0));
  const fields = Object.fromEntries(Object.entries(h.value).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)]));
  return { id: String(index), names, fields };
}

/** What the thing holds of the attribute, as a value to say: a price, a text, or a length; `raw`, as the result gives it. */
type Said = ({ number: number; key: string } | { text: string } | { minutes: number }) & { raw: string[] };

function valueOf(attribute: Attribute, h: Held): Said | undefined {
  const keys = attributeKeys(attribute, h.value, h.schema);
  if (attribute === 'duration') {
    const key = keys.find((k) => typeof h.value[k] === 'number');
    return key ? { minutes: minutesOf(key, h.value[key] as number, h.schema?.properties?.[key]?.description), raw: [String(h.value[key])] } : undefined;
  }
  if (attribute === 'hours') {
    const values = keys.map((k) => String(h.value[k]).trim());
    if (!values.length) return undefined;
    return { text: values.length === 2 && values.every((v) => CLOCK.test(v)) ? `${values[0]}–${values[1]}` : values.join('、'), raw: values };
  }
  if (attribute === 'end' && !keys.length) return endFromStart(h);
  const key = keys[0];
  if (key === undefined) return undefined;
  const value = h.value[key];
  // (a balance of money says so by its name; one of sessions or points is a plain count)
  const money = attribute === 'price' || (attribute === 'balance' && /balance|amount/i.test(key) && !/次|积分|\b(?:sessions?|points?|times)\b/i.test(h.schema?.properties?.[key]?.description ?? ''));
  return money && typeof value === 'number' ? { number: value, key, raw: [String(value)] } : { text: String(value), raw: [String(value)] };
}

const CLOCK = /^(?:[01]?\d|2[0-4])[:：][0-5]\d$/;
const START_KEY = /^(?:start|startTime|startsAt|startAt|begin|beginTime|time)$/i;

/** An end where the thing says only when it starts and how long it lasts. */
function endFromStart(h: Held): Said | undefined {
  const startKey = Object.keys(h.value).find((key) => START_KEY.test(key) && CLOCK.test(String(h.value[key])));
  const length = valueOf('duration', h);
  if (!startKey || !length || !('minutes' in length)) return undefined;
  const [hours, minutes] = String(h.value[startKey]).split(/[:：]/).map(Number);
  const total = (hours ?? 0) * 60 + (minutes ?? 0) + length.minutes;
  const end = `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return { text: end, raw: [end] };
}

const WORDS: Record<Attribute, { zh: string; en: string }> = {
  duration: { zh: '时长', en: '' },
  hours: { zh: '营业时间', en: 'open' },
  price: { zh: '价格', en: '' },
  address: { zh: '地址', en: 'address' },
  end: { zh: '结束时间', en: 'ends at' },
  balance: { zh: '余额', en: 'balance' },
  phone: { zh: '电话', en: 'phone' },
  use: { zh: '用于', en: 'for' },
};

/** A length of time as people say it: 45 or 90 minutes, but 7 hours rather than 420 minutes. */
function howLong(minutes: number, lang: 'zh' | 'en'): string {
  if (minutes < 60 || minutes % 60 !== 0) return lang === 'en' ? `${minutes} minutes` : `${minutes} 分钟`;
  const hours = minutes / 60;
  return lang === 'en' ? `${hours} hour${hours === 1 ? '' : 's'}` : `${hours} 小时`;
}

function phrase(attribute: Attribute, said: Said, lang: 'zh' | 'en'): string {
  const word = WORDS[attribute][lang];
  let value: string;
  if ('minutes' in said) value = howLong(said.minutes, lang);
  else if ('number' in said) value = `¥${Number.isInteger(said.number) ? said.number : said.number.toFixed(2)}`;
  else value = said.text;
  const total = 'key' in said && /total|amount/i.test(said.key);
  const lead = total ? (lang === 'en' ? 'total' : '合计') : word;
  return lead ? `${lead} ${value}` : value;
}

/** What the thing is called for the asker: its own name (its English one for an English asker), else what it carries. */
function label(h: Held, lang: 'zh' | 'en'): string {
  const english = typeof h.value.nameEn === 'string' && h.value.nameEn ? h.value.nameEn : undefined;
  if (lang === 'en' && english) return english;
  const entity = entityOf(h, 0);
  const carries = Object.keys(h.value).some((key) => /[a-z]Name$/.test(key));
  return entity.names.length || carries ? displayName(entity, lang) : '';
}
