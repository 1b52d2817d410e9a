import type { Tool } from '../../catalog/index.ts';
import type { JsonSchema } from '../../package/index.ts';
import type { Transcript } from '../planner.ts';
import { cityOf, placeWords, clockMinutes, dayPartWindow, detectLanguage, extractDateTime, thingWords, extractQuantities, findAddress, takesAddress, matchEntities, matchEnum, narrowByAmount, pickSuperlative, splitClauses, timeWindow, type Entity, type TimeWindow } from '../understand/index.ts';
import { describedDefault } from './described-default.ts';
import { saidFlag } from './said-flag.ts';
import { isActing } from './request-words.ts';
import { entitiesByPlace, entitiesInCity } from './by-place.ts';
import { entitiesByValue } from './by-value.ts';
import { belongingTo, entitiesIn, unique } from './entities.ts';
import { everythingListed, keywordParam, listedWithSearches, searchedWords, unknownNames } from './searched.ts';
import { openOnes, whyUnavailable } from './unavailable.ts';
import { idParams } from './id-sources.ts';
import { typedId } from './typed-id.ts';
import {
  enumOptions, isCountLike, readBoolean, readDateTime, readEnum, readNumber, readPattern, readRoute, type ValueContext,
} from './fill-value.ts';
import type { Ask, Goal } from './memo.ts';
import { getPath, itemArray, scalarParams, setPath, type ParamRef } from './schema-paths.ts';

export type FillNeed =
  /**
   * `widen`: the source listed nothing with the filters the request gave; call it again without them.
   * `search`: call it with the user's own word for a thing its list does not name ("Tylenol").
   */
  | { type: 'source'; param: string; sourceToolId: string; widen?: boolean; search?: Record<string, string> }
  /** `say`: tell the user this fact instead of asking (a source listed nothing to choose from). */
  | { type: 'ask'; ask: Ask; schema: JsonSchema; say?: string; context?: string }
  | { type: 'ready' };

export interface FillEnv extends ValueContext {
  tool: Tool;
  transcript: Transcript[];
  /** Tools of the same skill, by API name. */
  sibling(api: string): Tool | undefined;
  /** Every tool of the same mini-program (ID sources are read from their output schemas). */
  siblings: Tool[];
  /** An optional ID filter (a film, a cinema) is looked up when its source is a free list: for tools that only read. */
  optionalSources?: boolean;
}

/** The entities the latest successful result of `toolId` listed, if it was called (every list under the key, however nested). */
export function latestEntities(transcript: Transcript[], toolId: string, list?: { listKey?: string; idKey?: string }): Entity[] | undefined {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const t = transcript[i];
    if (t?.role !== 'tool-result' || t.toolId !== toolId) continue;
    if (t.isError) return undefined;
    return entitiesOfContent(t.structuredContent, list);
  }
  return undefined;
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
  const ids = Object.entries(owner).filter(([k, v]) => /[a-z](?:Id|ID)$/.test(k) && (typeof v === 'string' || typeof v === 'number'));
  if (!Array.isArray(list) || !ids.length) return list;
  return list.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? { ...Object.fromEntries(ids), ...item } : item));
}

/** Whether the latest call of a source passed optional filters (so an empty list may widen). */
function filteredCall(transcript: Transcript[], tool: Tool): boolean {
  const required = new Set(tool.inputSchema.required ?? []);
  for (let i = transcript.length - 1; i >= 0; i--) {
    const t = transcript[i];
    if (t?.role === 'tool-call' && t.toolId === tool.id) return Object.keys(t.arguments).some((k) => !required.has(k));
  }
  return false;
}

function latestContent(transcript: Transcript[], toolId: string): string {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const t = transcript[i];
    if (t?.role === 'tool-result' && t.toolId === toolId) return t.content;
  }
  return '';
}

/**
 * Fills what it can of the goal's arguments from the request, the answers and earlier
 * results; says what it needs next: a source API to call, a question, or nothing.
 */
export function fillArgs(goal: Goal, env: FillEnv): FillNeed {
  const items = itemArray(env.tool.inputSchema);
  // Everything the words give is filled first; then a source to call, then a question.
  const needs = scalarParams(env.tool.inputSchema).flatMap((param) => fillParam(goal, env, param, env.texts) ?? []);
  const first = needs.find((n) => n.type === 'source') ?? needs[0];
  if (first) return first;
  if (items && !goal.decided.includes(items.name)) {
    const need = fillItems(goal, env, items);
    if (need) return need;
  }
  return { type: 'ready' };
}

function fillParam(goal: Goal, env: FillEnv, param: ParamRef, texts: string[]): FillNeed | undefined {
  if (goal.decided.includes(param.path) || getPath(goal.args, param.path) !== undefined) return undefined;
  const wanted = param.required || goal.wanted.includes(param.name);
  const usual = goal.usual?.[param.name];
  if (usual !== undefined) return decide(goal, param.path, usual);
  const ctx: ValueContext = { ...env, texts };
  const id = idParams({ ...env.tool, inputSchema: { type: 'object', properties: { [param.name]: param.schema } } }, env.siblings, env.transcript).find((p) => p.name === param.name);
  if (id?.source) {
    const sourceTool = env.sibling(id.source);
    if (!sourceTool) return undefined;
    const listed = latestEntities(env.transcript, sourceTool.id, id);
    const entities = listed && belongingTo(listed, goal.args);
    if (!entities) {
      const free = env.optionalSources && !(sourceTool.inputSchema.required ?? []).length && sourceTool.id !== env.tool.id;
      return wanted || mentionsAny(texts, sourceTool) || free ? { type: 'source', param: param.path, sourceToolId: sourceTool.id } : undefined;
    }
    const ref = { now: env.now, timeZone: env.timeZone };
    const chosen = chooseEntities(entities, texts, env.userCity, id.many, (t) => timeWindow(t, ref), (t) => extractDateTime(t, ref).date, param.required);
    if (chosen.length) return decide(goal, param.path, id.many ? chosen.map((e) => e.id) : chosen[0]?.id);
    if (!wanted) return undefined;
    if (!entities.length && filteredCall(env.transcript, sourceTool)) return { type: 'source', param: param.path, sourceToolId: sourceTool.id, widen: true };
    if (!entities.length) return { type: 'ask', ask: { params: [], kind: 'value' }, schema: param.schema, say: latestContent(env.transcript, sourceTool.id) };
    // asked among those in the city said (「送到杭州市…」: the two Hangzhou stores), and in the part of
    // the day said where the hour said has none (「明天晚上七点左右」: the evening's, not the morning's)
    const offered = texts.reduce<readonly Entity[]>((list, text) => inDayPart(text, entitiesInCity(text, list)), entities);
    return {
      type: 'ask', ask: { params: [param.path], kind: 'entity', candidates: offered.map((e) => ({ id: e.id, names: e.names, ...(e.fields ? { fields: e.fields } : {}) })), many: id.many },
      schema: param.schema, context: latestContent(env.transcript, sourceTool.id),
    };
  }
  const value = readValue(param, ctx);
  if (value !== undefined) return decide(goal, param.path, value);
  if (!param.required || param.schema.default !== undefined) return undefined;
  const fallback = describedDefault(param.schema);
  if (fallback !== undefined) return decide(goal, param.path, param.schema.type === 'integer' || param.schema.type === 'number' ? Number(fallback) : fallback);
  if (param.schema.enum) return { type: 'ask', ask: { params: [param.path], kind: 'enum' }, schema: param.schema };
  return { type: 'ask', ask: { params: [param.path], kind: 'value' }, schema: param.schema };
}

function readValue(param: ParamRef, ctx: ValueContext): unknown {
  const { schema, name } = param;
  if (schema.enum) {
    const code = readEnum(schema, ctx);
    return code !== undefined && (schema.type === 'integer' || schema.type === 'number') ? Number(code) : code;
  }
  if (schema.type === 'boolean') return readBoolean(schema, ctx) ?? saidFlag(name, schema, ctx.texts);
  if (schema.type === 'integer' || schema.type === 'number') return readNumber(schema, name, ctx, { countLike: isCountLike(name, schema) });
  if (schema.type === 'array' && schema.items?.enum) {
    const one = readEnum(schema, ctx);
    return one === undefined ? undefined : [one];
  }
  if (schema.type !== 'string' && schema.type !== undefined) return undefined;
  const dt = readDateTime(schema, name, ctx);
  if (dt) return dt;
  if (schema.format === 'date' || schema.format === 'time') return undefined;
  const pattern = readPattern(schema, ctx);
  if (pattern) return pattern;
  const code = typedId(name, schema, ctx.texts);
  if (code) return code;
  if (isKeyword(name, schema)) return quoted(ctx.texts);
  if (takesAddress(name, schema.description)) return ctx.texts.map(findAddress).find((a) => a !== undefined);
  const route = /^(from|origin|start|departure)/i.test(name) || /出发|起点|寄出|始发/.test(schema.description ?? '') ? 'from'
    : /^(to|dest|destination|arrival)/i.test(name) || /到达|终点|目的|寄往|收件城市/.test(schema.description ?? '') ? 'to' : undefined;
  if (route) return readRoute(ctx.texts)[route];
  if (isCityParam(name, schema.description)) {
    // the one city the request names (「上海有几家影城」, "in Shanghai"); else, where one is needed, the user's own
    const said = ctx.texts.map(cityOf).find((city) => city !== undefined);
    if (said) return said;
  }
  if (/^city$/i.test(name) && ctx.userCity && param.required) return ctx.userCity;
  return undefined;
}

/** A city filter, by its name (`city`, `cityName`) or a description that opens with 城市 / "city". */
function isCityParam(name: string, description = ''): boolean {
  return /^city(?:Name)?$/i.test(name) || /^(?:所在)?城市|^city\b/i.test(description.trim());
}

/** A count and its measure word right before a name (「一盒头孢」): what follows is an item, however short its name. */
const COUNTED_BEFORE = /(?:[一二两三四五六七八九十]|\d+)\s*[盒瓶包支袋个件份杯张片粒罐碗串斤](?:装)?\s*$/u;

/**
 * A thing named in two clauses is one item where only one of them orders it: 「家里体温计摔坏了，
 * 给我送个体温计」 says why before it says what, 「…一盒思密达；头孢不能买就只要思密达」 names it
 * again. The clauses that count it are the order; where none does, the first that acts on it.
 */
function dropMentions(found: { entity: Entity; text: string }[]): void {
  const counts = (f: { text: string }) => extractQuantities(f.text).length > 0;
  const keep = new Set<number>();
  for (const id of new Set(found.map((f) => f.entity.id))) {
    const same = found.map((f, i) => ({ f, i })).filter(({ f }) => f.entity.id === id);
    const counted = same.filter(({ f }) => counts(f));
    const chosen = counted.length ? counted : [same.find(({ f }) => isActing(f.text)) ?? same[0]!];
    for (const { i } of chosen) keep.add(i);
  }
  for (let i = found.length - 1; i >= 0; i--) if (!keep.has(i)) found.splice(i, 1);
}

/** A free-text search filter (`keyword`, `q`, 「关键词」). */
function isKeyword(name: string, schema: JsonSchema): boolean {
  return /^(q|kw|keyword|keywords|query|search|searchText|term)$/i.test(name) || /关键词|关键字|keyword|search term/i.test(schema.description ?? '');
}

/** A name the user set apart: 「…」, 《…》, “…”, "…", '…' (an apostrophe inside a word, Jing'an, sets nothing apart). */
function quoted(texts: string[]): string | undefined {
  for (const text of texts) {
    const m = /[「《“"]([^」》”"]{1,30})[」》”"]|(?<![\p{L}\d])'([^']{1,30})'(?![\p{L}\d])/u.exec(text);
    if (m?.[1] ?? m?.[2]) return (m[1] ?? m[2])!.trim();
  }
  return undefined;
}

function decide(goal: Goal, path: string, value: unknown): undefined {
  if (value === undefined) return undefined;
  setPath(goal.args, path, value);
  if (!goal.decided.includes(path)) goal.decided.push(path);
  return undefined;
}

/** The entities the texts name; else the ones at the time they say (the one that fits 「一点多」); else the only one; else the only one in the user's city. */
export function chooseEntities(
  all: Entity[], texts: string[], userCity: string | undefined, many: boolean,
  when?: (text: string) => TimeWindow | undefined, dayOf?: (text: string) => string | undefined,
  /** The parameter must have a value: a user who leaves the choice to the assistant gets one (never for an optional filter). */
  needed = false,
): Entity[] {
  let entities = all;
  let timeMissed = false;
  for (const text of texts) {
    // 「周一晚上那节」: the day said keeps the things listed on it, where the list spans several days
    const day = dayOf?.(text);
    const onDay = day ? entities.filter((e) => Object.values(e.fields ?? {}).some((v) => typeof v === 'string' && v.startsWith(day))) : [];
    if (onDay.length && onDay.length < entities.length) entities = onDay;
    const window = when?.(text);
    const timed = (list: Entity[]) => list.filter((e) => entitiesAt([e], ALL_DAY).length);
    // a time said that nothing listed is at (the 10:00 show has begun): the one left is not what was asked
    // (a bare hour may be either half of the day: 「8点多」 after 「周二晚上」 is 20:xx)
    const later = window && window.to < 12 * 60 ? { ...window, from: window.from + 720, to: window.to + 720, center: window.center + 720 } : undefined;
    const missed = (list: Entity[]) => !!window && (text.match(TIME_SAID) ?? []).length === 1 && timed(list).length > 0 && !entitiesAt(list, window).length && !(later && entitiesAt(list, later).length);
    if (missed(entities)) timeMissed = true;
    const hits = matchEntitiesAnyLanguage(text, entities);
    if (hits.length && !missed(hits.map((h) => h.entity))) {
      // Each span names one thing: several alike there (three 「日常保洁」) are told apart by the amount said, else asked.
      const groups = [...new Set(hits.map((h) => h.span.join(':')))].map((span) => narrowBySuperlative(narrowByAmount(hits.filter((h) => h.span.join(':') === span).map((h) => h.entity), texts.join('，')), texts));
      // 「芬必得和泰诺林哪个便宜？买便宜的那个」: one of the things named, by the comparison said
      const compared = groups.length > 1 && groups.every((g) => g.length === 1) ? texts.map((t) => pickSuperlative(groups.flat(), t, { compared: true })).find(Boolean) : undefined;
      if (compared) return [compared];
      if (!many) return [groups[0]!.length === 1 ? groups[0]![0]! : hits[0]!.entity];
      if (groups.some((g) => g.length > 1)) return [];
      return unique(groups.flat());
    }
    // 「南京西路那家」: a store said by where it is
    const placed = hits.length ? [] : entitiesByPlace(text, entities);
    if (placed.length === 1) return placed;
    // 「24小时那家」, 「IMAX那场」: by a short value only one of them carries
    const valued = hits.length ? [] : entitiesByValue(text, entities);
    // (never past a time said that the one it names is not at: 「上午十点…」 when only 17:00 is left)
    if (valued.length === 1 && !timeMissed && !missed(valued)) return valued;
    // 「送到杭州市…」: the choice is among those in that city
    if (!hits.length) entities = [...entitiesInCity(text, entities)];
    // what the time said picks is picked among those not full
    const byField = window ? openOnes(entitiesAt(entities, window)) : [];
    if (byField.length === 1 || (byField.length && many)) return many ? byField : [byField[0]!];
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
  const extreme = texts.map((text) => pickSuperlative(entities, text)).find(Boolean);
  if (extreme && !many) return [extreme];
  if (userCity) {
    const local = entities.filter((e) => e.fields?.city === userCity);
    if (local.length === 1) return local;
  }
  // 「随便哪家都行」, "any of them is fine": the user leaves the choice among what fits to the assistant
  if (needed && !many && entities.length > 1 && texts.some((text) => ANY_ONE.test(text))) return [openOnes(entities)[0]!];
  return [];
}

/** Those listed in the part of the day the text says, where it says one and some are; else all of them. */
function inDayPart(text: string, entities: readonly Entity[]): readonly Entity[] {
  const part = dayPartWindow(text);
  const inPart = part ? entitiesAt([...entities], part) : [];
  return inPart.length ? inPart : entities;
}

const ANY_ONE = /随便|都行|都可以|无所谓|任意一|哪[个家场班趟节位款]都(?:行|可以|好)|\bany (?:one|of them|is fine|will do)\b|\bwhichever\b|doesn'?t matter|don'?t mind which|\beither (?:one|is fine|will do)\b/i;

/** Names in the text, or for an English text and a list named only in Chinese, the one thing the Chinese of a word it says names ("a thermometer" → 体温计). */
export function matchEntitiesAnyLanguage(text: string, entities: Entity[]) {
  const hits = matchEntities(text, entities);
  if (hits.length || detectLanguage(text) !== 'en') return hits;
  const chinese = [thingWords(text, { exact: true }), placeWords(text)].filter(Boolean).join(' ');
  const hits2 = chinese ? matchEntities(chinese, entities) : [];
  // a word of a kind, said in another language, names a thing only where it names one alone
  return new Set(hits2.map((h) => h.entity.id)).size === 1 ? hits2.map((h) => ({ ...h, span: [0, text.length] as [number, number] })) : [];
}

/** Of several alike (one film's showings), the one 「最晚那场」 or "the cheapest" picks. */
function narrowBySuperlative(alike: Entity[], texts: string[]): Entity[] {
  const extreme = alike.length > 1 ? texts.map((text) => pickSuperlative(alike, text)).find(Boolean) : undefined;
  return extreme ? [extreme] : alike;
}

/** Entities whose start time (a time-like field) falls in the window; the first time field of each counts. */
/**
 * The times a text says, a part of the day with its hour counted once (「上午十点」, 「晚上」, "morning",
 * "9pm"): a text that says two (a correction, two requests) contradicts nothing by one of them.
 */
const TIME_SAID = /(?:上午|下午|晚上|早上|中午|凌晨|傍晚|[今明]晚)?\s*(?:\d{1,2}\s*[:：]\s*\d{2}|[\d一二两三四五六七八九十]+\s*点)|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|上午|下午|晚上|早上|中午|凌晨|傍晚|[今明]晚|\b(?:morning|afternoon|evening|tonight|noon)\b/gi;

const ALL_DAY: TimeWindow = { from: 0, to: 24 * 60, center: 0, loose: true };

export function entitiesAt(entities: Entity[], window: TimeWindow): Entity[] {
  return entities.filter((e) => {
    // a store's opening hours (`hours: 08:00-22:00`) are not a time it is at
    const time = Object.entries(e.fields ?? {}).filter(([k]) => /time|Time|start|Start|^at$|slot|Slot|clock|hour|时间/.test(k) && !/hours$|Hours$|营业/.test(k)).map(([, v]) => clockMinutes(v)).find((v) => v !== undefined);
    return time !== undefined && time >= window.from && time <= window.to;
  });
}

function mentionsAny(texts: string[], tool: Tool): boolean {
  return texts.some((t) => t.includes(tool.appName));
}

/** Fills an array of items (`items: [{ drinkId, size, … }]`), one per entity the request names. */
function fillItems(goal: Goal, env: FillEnv, items: { name: string; schema: JsonSchema; required: boolean }): FillNeed | undefined {
  const itemTool = { ...env.tool, inputSchema: items.schema };
  const id = idParams(itemTool, env.siblings, env.transcript)[0];
  const usual = goal.usual;
  if (usual && id && usual[id.name] !== undefined) {
    const item: Record<string, unknown> = {};
    for (const key of Object.keys(items.schema.properties ?? {})) if (usual[key] !== undefined) item[key] = usual[key];
    // 「老样子，来两杯」: the usual drink, the quantity said now.
    for (const param of scalarParams(items.schema)) {
      if (item[param.name] === undefined && isCountLike(param.name, param.schema)) {
        const qty = readNumber(param.schema, param.name, env, { countLike: true });
        if (qty !== undefined) item[param.name] = qty;
      }
    }
    return decide(goal, items.name, [item]);
  }
  if (!id?.source) return undefined;
  const sourceTool = env.sibling(id.source);
  if (!sourceTool) return undefined;
  const keyword = keywordParam(sourceTool);
  const entities = keyword ? listedWithSearches(env.transcript, sourceTool.id, keyword, (c) => entitiesOfContent(c, id)) : latestEntities(env.transcript, sourceTool.id, id);
  if (!entities) return { type: 'source', param: items.name, sourceToolId: sourceTool.id };
  const request = env.texts.join('，');
  // A name the list does not show ("Fenbid"): the API's own search is asked for it, once.
  const searched = keyword ? searchedWords(env.transcript, sourceTool.id, keyword) : [];
  const unknown = keyword ? unknownNames(request, everythingListed(env.transcript, (c) => entitiesIn(c))).filter((w) => !searched.includes(w)) : [];
  if (keyword && unknown[0]) return { type: 'source', param: items.name, sourceToolId: sourceTool.id, search: { [keyword]: unknown[0] } };
  const clauses = splitClauses(request);
  const found: { entity: Entity; text: string }[] = [];
  for (const clause of clauses.length ? clauses : [{ text: request, span: [0, request.length] as [number, number] }]) {
    // 「燕麦奶」 is the oat-milk option, not the 「燕麦」 of a drink's name: options said in longer words win.
    const optionSpans = scalarParams(items.schema).flatMap((p) => {
      const options = enumOptions(p.schema);
      return options ? matchEnum(clause.text, options).map((m) => m.span) : [];
    });
    const hits = matchEntitiesAnyLanguage(clause.text, entities).filter(
      (h) => !optionSpans.some(([s, e]) => s <= h.span[0] && h.span[1] <= e && e - s > h.span[1] - h.span[0]),
    );
    const best = Math.max(0, ...hits.map((h) => h.score));
    // A fragment (「hot」 inside "Hot Chocolate") counts only when nothing names an item outright.
    // One clause names an item once, even where another name holds it too (炸酱面 in 炸酱面馆).
    for (const hit of hits) if ((hit.score >= Math.min(best, 0.8) || COUNTED_BEFORE.test(clause.text.slice(0, hit.span[0]))) && !found.some((f) => f.entity.id === hit.entity.id && f.text === clause.text)) found.push({ entity: hit.entity, text: clause.text });
  }
  dropMentions(found);
  // 「芬必得和泰诺林哪个便宜？买便宜的那个」: one of the things named, by the comparison said
  const compared = found.length > 1 ? pickSuperlative(found.map((f) => f.entity), request, { compared: true }) : undefined;
  if (compared) found.splice(0, found.length, ...found.filter((f) => f.entity === compared).slice(0, 1));
  // A thing the list marks as not orderable (a prescription drug, out of stock) is left out, and the user told.
  const lang = detectLanguage(goal.text) === 'en' ? 'en' : 'zh';
  const blocked = found.flatMap((f) => whyUnavailable(f.entity, lang) ?? []);
  if (blocked.length) {
    goal.notices = [...new Set([...(goal.notices ?? []), ...blocked])];
    found.splice(0, found.length, ...found.filter((f) => !whyUnavailable(f.entity, lang)));
    if (!found.length) return { type: 'ask', ask: { params: [], kind: 'value' }, schema: {}, say: `${blocked.join(lang === 'en' ? '; ' : '；')}${lang === 'en' ? '. Nothing was ordered.' : '。未下单。'}` };
  }
  if (!found.length) {
    if (!items.required) return undefined;
    return { type: 'ask', ask: { params: [`${items.name}.0.${id.name}`], kind: 'entity', candidates: entities.map((e) => ({ id: e.id, names: e.names })) }, schema: items.schema.properties?.[id.name] ?? {} };
  }
  const single = found.length === 1;
  // Where the act counts its own things (three tickets), what is added to it (「加一份爆米花」) counts only by its own clause.
  const countsItself = scalarParams(env.tool.inputSchema).some((p) => isCountLike(p.name, p.schema));
  const list = found.map(({ entity, text }) => {
    const item: Record<string, unknown> = { [id.name]: entity.id };
    const itemGoal: Goal = { ...goal, args: item, decided: [id.name], usual: undefined } as Goal;
    const texts = single ? env.texts : [text];
    for (const param of scalarParams(items.schema)) fillParam(itemGoal, { ...env, tool: itemTool }, param, countsItself && isCountLike(param.name, param.schema) ? [text] : texts);
    return item;
  });
  return decide(goal, items.name, list);
}
