import type { Entity } from '../understand/index.ts';

const NAME_KEYS = ['name', 'nameEn', 'label', 'title', 'fullName', 'displayName', 'shortName'];
const ID_KEYS = ['id', 'code', 'no', 'number', 'trainNo', 'ref'];

/**
 * The entities a result lists: every object in an array that has an id-like field, named by
 * its name-like fields and aliases. Other string and number fields are kept for matching
 * dates, times, cities.
 */
export function entitiesIn(value: unknown, idKey?: string): Entity[] {
  const out: Entity[] = [];
  // With the ID key known (`clubId`), objects nested inside the listed ones (a club's coaches, each
  // with its `coachId`) are other things, not more of them.
  const keyed = idKey !== undefined && holds(value, idKey);
  // Nothing listed carries the ID but the result itself does (`{ orderId, lines: […] }`): it is the one thing.
  const root = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (idKey !== undefined && !keyed && root && (typeof root[idKey] === 'string' || typeof root[idKey] === 'number')) {
    return [entityOf(root, {}, idKey)];
  }
  walk(value, (obj, inherited) => {
    if (keyed && obj[idKey] === undefined) return;
    const key = idKey && obj[idKey] !== undefined ? idKey : ID_KEYS.find((k) => typeof obj[k] === 'string' || typeof obj[k] === 'number') ?? Object.keys(obj).find((k) => /Id$|No$/.test(k) && (typeof obj[k] === 'string' || typeof obj[k] === 'number'));
    if (key) out.push(entityOf(obj, inherited, key));
  });
  const seen = new Set<string>();
  return out.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** One object as a thing to choose: its ID, its names, its own plain fields and those of what it belongs to. */
function entityOf(obj: Record<string, unknown>, inherited: Record<string, string>, key: string): Entity {
  const names = NAME_KEYS.flatMap((k) => (typeof obj[k] === 'string' && obj[k] ? [obj[k] as string] : []));
  if (Array.isArray(obj.aliases)) names.push(...obj.aliases.filter((a): a is string => typeof a === 'string' && a.length > 0));
  // what it belongs to (the hotel of a room type) comes with it, so a choice can keep to the one chosen
  const fields: Record<string, string> = { ...inherited };
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') fields[k] = String(v);
    // (the kinds it is filed under, `tags: ['动画', '合家欢']`, are one field of words)
    else if (KIND_FIELD.test(k) && Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) fields[k] = v.join(' ');
    // (its prices by kind, `prices: { standard: 50, premium: 60 }`, are its prices too: `prices.standard`)
    else if (PRICES.test(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [kind, price] of Object.entries(v)) if (typeof price === 'number') fields[`${k}.${kind}`] = String(price);
    }
  }
  return { id: String(obj[key]), names: names.length ? names : [String(obj[key])], fields };
}

const PRICES = /price|fare|cost|fee/i;
const DATE_VALUE = /^(\d{4}-\d{2}-\d{2})/;
const TIME_VALUE = /(?:^|[T\s])(\d{2}:\d{2})/;

/** The days (YYYY-MM-DD) a thing's own fields say it is on. */
export function datesOf(thing: Entity): string[] {
  return Object.values(thing.fields ?? {}).flatMap((v) => DATE_VALUE.exec(v)?.[1] ?? []);
}

/** Whether a key holds a thing's price (`price`, `unitPrice`, `fee`, `cost`). */
export function isPriceKey(key: string): boolean {
  return /^(?:price|unitPrice|fee|cost)$/i.test(key);
}

/** A listed thing's price, as its own price field gives it; undefined where it has none. */
export function priceOf(thing: Entity): string | undefined {
  return Object.entries(thing.fields ?? {}).find(([key, value]) => isPriceKey(key) && /^\d+(?:\.\d+)?$/.test(value))?.[1];
}

/** Whether a key names another thing by its ID (`hotelId`, `storeID`): what a thing belongs to, or is of. */
export function isIdKey(key: string): boolean {
  return /[a-z](?:Id|ID)$/.test(key);
}

/**
 * Whether a field says when a thing starts or is at (`departTime`, `startTime`, `time`, `slot`,
 * 「时间」) — not when it ends or arrives, nor its opening hours. (Fields come in any order: a
 * result read back from the database lists `arriveTime` before `departTime`.)
 */
export function isStartKey(key: string): boolean {
  return /time|Time|start|Start|depart|Depart|^at$|slot|Slot|clock|hour|时间|出发|开始|开场/.test(key) && !ENDS_KEY.test(key) && !/arriv|Arriv|到达|抵达/.test(key) && !/hours$|Hours$|营业/.test(key);
}

/** A field that says when a thing ends (`endTime`, `end`, 「结束时间」). */
export const ENDS_KEY = /^end|End|finish|Finish|结束|散场|下课/;

/** Fields that file a listed thing under a kind or say what it is for (a drink's category, a film's genre, a class's type, what a remedy treats). */
export const KIND_FIELD = /^(?:genres?|cuisines?|菜系|department|departmentName|dept|specialty|speciality|科室|category|categories|categoryName|kind|type|typeName|style|theme|tags?|类型|分类|品类|uses?|usage|indications?|effects?|purpose|用途|功效|适应症|主治)$/i;

/** The clock times (HH:MM) a thing's own fields say it is at. */
export function timesOf(thing: Entity): string[] {
  return Object.values(thing.fields ?? {}).flatMap((v) => TIME_VALUE.exec(v)?.[1] ?? []);
}

/** Every object in a value, itself and all it holds at any depth. */
export function objectsIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (!value || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  return [obj, ...Object.values(obj).flatMap(objectsIn)];
}

function holds(value: unknown, key: string): boolean {
  let found = false;
  walk(value, (obj) => {
    if (obj[key] !== undefined) found = true;
  });
  return found;
}

/** Every object in the value's arrays, with the ID fields (`hotelId`) of the objects it sits in. */
function walk(value: unknown, visit: (obj: Record<string, unknown>, inherited: Record<string, string>) => void, inherited: Record<string, string> = {}): void {
  if (Array.isArray(value)) {
    for (const v of value) {
      if (v && typeof v === 'object' && !Array.isArray(v)) visit(v as Record<string, unknown>, inherited);
      walk(v, visit, inherited);
    }
  } else if (value && typeof value === 'object') {
    const own = { ...inherited };
    for (const [k, v] of Object.entries(value)) if (isIdKey(k) && (typeof v === 'string' || typeof v === 'number')) own[k] = String(v);
    for (const v of Object.values(value)) if (v && typeof v === 'object') walk(v, visit, own);
  }
}

/**
 * The entities that belong to what the goal has already chosen: where some list the chosen
 * `hotelId` as theirs, the room types of other hotels are not candidates. All of them when none do.
 */
export function belongingTo(entities: Entity[], chosen: Record<string, unknown>): Entity[] {
  let kept = entities;
  for (const [key, value] of Object.entries(chosen)) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (!isIdKey(key)) continue;
    const own = kept.filter((e) => e.fields?.[key] === String(value));
    if (own.length && own.length < kept.length && kept.every((e) => e.fields?.[key] !== undefined)) kept = own;
  }
  return kept;
}

/** The name to show for an entity in a question. */
export function displayName(e: Entity, lang: 'zh' | 'en'): string {
  const en = e.fields?.nameEn;
  // A listed thing without a name of its own (a session, a slot) is shown by what it belongs to.
  // (in English its `…NameEn` fields where it has them: "Binhu Spinning", else the names it has)
  const byKey = (key: RegExp) => Object.entries(e.fields ?? {}).filter(([k]) => key.test(k)).map(([, v]) => v);
  const english = lang === 'en' ? byKey(/[a-z]NameEn$/) : [];
  const named = english.length ? english : byKey(/[a-z]Name$/);
  const own = e.names[0] && e.names[0] !== e.id ? e.names[0] : named.slice(0, 2).join(' ') || e.id;
  const base = lang === 'en' && en ? en : own;
  const timeKey = Object.keys(e.fields ?? {}).find((k) => /time|Time|start|Start/.test(k));
  const hint = e.fields?.departTime ?? e.fields?.time ?? (timeKey ? e.fields?.[timeKey] : undefined) ?? e.fields?.relationName ?? e.fields?.title ?? '';
  return hint && !base.includes(hint) ? `${base}（${hint}）` : base;
}

/** Each thing once, in the order first met (a thing several phrases name is one thing). */
export function unique(list: readonly Entity[]): Entity[] {
  return list.filter((e, i) => list.findIndex((x) => x.id === e.id) === i);
}
