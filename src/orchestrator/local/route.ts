import type { Tool } from '../../catalog/index.ts';
import type { PlannerCatalog } from '../planner.ts';
import { isGenericWord } from '../understand/entity-names.ts';
import { BoundedMemo, escapeRegExp } from '../../core/index.ts';
import { spellsPinyin } from '../understand/pinyin-names.ts';
import { withoutWhatItIsAbout } from '../understand/about-said.ts';
import { withoutHowItComes } from '../understand/how-it-comes.ts';
import { whileDoing } from '../understand/while-doing.ts';
import { isActing } from './request-words.ts';
import { optionApp } from './option-app.ts';
import { contentWords } from '../understand/function-words.ts';
import { citiesIn, cityOf, remedyAsked, detectLanguage, findAddress, pinyinHits, serviceWords, thingWords, thingsOnly, tokenize, withChineseWords } from '../understand/index.ts';

/** A catalog that can score search hits (the hub's LiveTools). */
export type ScoredHit = { tool: Tool; score: number; matched?: number; queryTerms?: number };

export type ScoredCatalog = PlannerCatalog & {
  searchScored(query: string, limit?: number, options?: { withData?: boolean }): ScoredHit[];
  readonly size: number;
  /** What a mini-program's results name (its films, services, stores), where the catalog knows it. */
  resultNames?(appId: string): string[];
  /** What one API's results name (a list's films, a store list's stores), where the catalog knows it. */
  apiResultNames?(toolId: string): string[];
};

/**
 * Below this BM25 score a hit is noise, not a service that can do the request. Calibrated on
 * the scenario files over the 33 tools of the sample ecosystem (requests nothing serves score
 * under 6, served ones over 7), and scaled with the catalog, since IDF grows with its size.
 */
export function minScore(catalogSize: number, base = 6): number {
  const idf = (n: number) => Math.log(1 + (Math.max(n, 1) - 0.5) / 1.5);
  return (base * idf(catalogSize)) / idf(CALIBRATED_ON);
}

const CALIBRATED_ON = 33;

/** The search words of a further clause that the clause before it did not already say. */
export function ownWords(clause: string, before: string, words: (text: string) => string = withChineseWords): string {
  const said = new Set(tokenize(before));
  return tokenize(words(clause)).filter((t) => !said.has(t)).join(' ');
}

/**
 * The mini-program a clause is for: the one it names (its name, or the first two characters
 * of it, 「唱吧」 for 「唱吧量贩KTV」), else the best search hit above the threshold; in a
 * catalog of a few mini-programs, where BM25's weights collapse (every term is in every
 * document), a hit that holds most of the clause's terms. A further action (`byAction`) goes
 * where the tools say they do it: what mini-programs list (stores, places) names its arguments.
 */
export function routeClause(said: string, catalog: ScoredCatalog, base?: number, after?: string): string | undefined {
  // how the thing comes to the person (「送到家」, "delivered home") says nothing of which service nearly
  // every one offers: the rest of the clause decides, and the whole of it only where the rest cannot
  const rest = withoutHowItComes(said);
  return (rest !== said ? routeWords(rest, catalog, base, after) : undefined) ?? routeWords(said, catalog, base, after);
}

function routeWords(said: string, catalog: ScoredCatalog, base?: number, after?: string): string | undefined {
  // a street address says where, not what: 「回龙观东大街5号」 does not name the 回龙观 cinema
  const address = findAddress(said);
  // (nor does what a film is about: 「那个兔子送信的动画片」 asks for no parcel)
  const clause = withoutWhatItIsAbout(address ? said.replace(address, ' ') : said);
  const thing = namedThing(clause, catalog);
  const byThing = thing && serviceBeside(clause, thing, catalog, base);
  const named = thing && thing.length > appNameSaid(clause, catalog) ? byThing : namedApp(clause, catalog) ?? byThing;
  if (named) return named;
  // 「观景舱一般多少钱」: an option only one service offers, in its own words
  const option = optionApp(clause, catalog);
  if (option) return option;
  // 「坐轮渡的时候能顺便买点吃的喝的不」: what is wanted while doing a thing is asked of the service of that thing, where it offers it
  const during = whileDoing(clause);
  const at = during && routeWords(during.doing, catalog, base);
  if (at && offers(at, during.wanted, catalog)) return at;
  // An English word for one kind of thing ("thermometer": 体温计) that one service alone clearly
  // sells outweighs the words of fetching and finding (a store, delivery) every service shares.
  const kind = detectLanguage(clause) === 'en' ? clearlyOne(thingWords(clause, { exact: true }), catalog) : undefined;
  if (kind) return kind;
  // "something for a fever", 「拉肚子了吃点啥」: a remedy asked for a complaint is medicine, where one service alone sells it
  const remedy = remedyAsked(clause) ? clearlyOne('药', catalog) : undefined;
  if (remedy) return remedy;
  // (「…两张，一张现在付一张另外付行吗」: a further clause of a word or so, beside its words of asking, names no
  // service of its own; it is said of the request before it)
  if (after !== undefined && namesTooLittle(clause)) return undefined;
  // The words of things say which service; the words of asking and doing (an English "how much" read
  // as 费用) count only where the things said are too few to decide.
  const queries = after === undefined ? [serviceWords(clause), withChineseWords(clause)] : [ownWords(clause, after, serviceWords), ownWords(clause, after)];
  const bests = [...new Set(queries)].flatMap((query) => (query ? catalog.searchScored(query, 5).slice(0, 1) : [])).filter((best) => saysWhatFor(clause, best.tool.appId, catalog));
  const strong = bests.find((best) => best.score >= minScore(catalog.size, base));
  // 「杭州你们那两家店几点关门」: of the services the words fit, the one that says it is in the city named
  const there = strong ? inCityNamed(clause, queries[0] ?? clause, catalog, minScore(catalog.size, base)) : undefined;
  if (there && there !== strong?.tool.appId) return there;
  // 「湖滨那家药店几点关门」: a question that names a kind of thing only one service fits, where the best fit
  // by the words of asking (几点关门, a café's hours) fits nothing of it, is that service's
  const kinds = strong ? thingsOnly(thingWords(clause)) : '';
  const ofKind = kinds && !isActing(clause) ? clearlyOne(kinds, catalog) : undefined;
  if (strong && ofKind && ofKind !== strong.tool.appId && !catalog.searchScored(kinds, 30, { withData: false }).some((hit) => hit.tool.appId === strong.tool.appId)) return ofKind;
  if (strong) return strong.tool.appId;
  // A value only one mini-program's parameters take, by their pattern (a waybill number): BM25 is not the only signal.
  const patterned = patternApp(clause, catalog);
  if (patterned) return patterned;
  // The everyday words of the things asked about (medicine, a hotel room), where one service alone fits them.
  const byThings = clearlyOne(thingWords(clause), catalog);
  if (byThings) return byThings;
  const few = catalog.apps().length <= 3;
  const most = bests.find((best) => best.matched !== undefined && best.queryTerms && best.matched >= 2 && best.matched / best.queryTerms >= 0.4);
  if (few && most) return most.tool.appId;
  return undefined;
}

/** Words of asking and saying, numbers and counters: none of them names a thing or a service. */
const NO_THING_ZH = /能不能|可不可以|行不行|可以|行吗|好吗|成吗|[吗么嘛呢吧啊呀哦了的得地我你他她它们这那就也都还再又先一二两三四五六七八九十几个张份位件次\d]/gu;

/** A Chinese clause that, its words of asking, numbers and counters aside, says fewer than two characters. */
function namesTooLittle(clause: string): boolean {
  if (detectLanguage(clause) === 'en') return false;
  return (clause.replace(NO_THING_ZH, '').match(/\p{Script=Han}/gu)?.length ?? 0) < 2;
}

/** Whether a service has an API the words of what is wanted fit, beside the words of asking every service shares. */
function offers(appId: string, wanted: string, catalog: ScoredCatalog): boolean {
  const words = thingWords(wanted) || serviceWords(wanted);
  const min = minScore(catalog.size);
  return catalog.searchScored(words, 30, { withData: false }).some((hit) => hit.tool.appId === appId && hit.score >= min);
}

/** Words of a business's branches (「那两家店」「门店」, "your stores"): what a city said is where. */
const STORES = /[家个]店|门店|分店|店面|\b(?:stores?|shops?|branch(?:es)?|outlets?|locations?)\b/i;

/**
 * The one service among those a clause's words fit well that names the city the clause names in its
 * own words (a store list that says 「上海、杭州」), where the best fit does not: undefined otherwise.
 */
function inCityNamed(clause: string, query: string, catalog: ScoredCatalog, min: number): string | undefined {
  const cities = citiesIn(clause);
  if (!cities.length || !query || !STORES.test(clause)) return undefined;
  // (the one in the city fits the words less well where they are of the other's kind — 「几家店」「关门」 —, not by much)
  const fits = catalog.searchScored(query, 10).filter((hit) => hit.score >= min * 0.75);
  // (of its stores: a list of stations or ports that names the city says nothing of a store there)
  const says = (appId: string) => catalog.toolsOf(appId).some((tool) => {
    const text = `${tool.description} ${JSON.stringify(tool.inputSchema)}`;
    return cities.some((city) => text.includes(city)) && (STORES.test(tool.description) || STORES.test(tool.api.replace(/([a-z])([A-Z])/g, '$1 $2')));
  });
  const there = [...new Set(fits.map((hit) => hit.tool.appId))].filter(says);
  return fits.length && there.length === 1 && !says(fits[0]!.tool.appId) ? there[0] : undefined;
}

/**
 * Whether more than the words of asking tie an English clause to a mini-program: "Do you have
 * <a brand no list knows>?" matches a tool whose example is "what drinks do you have" on
 * "do you have" alone, which names nothing it serves.
 */
function saysWhatFor(clause: string, appId: string, catalog: ScoredCatalog): boolean {
  if (detectLanguage(clause) !== 'en') return true;
  const content = serviceWords(contentWords(clause));
  return !!content && catalog.searchScored(content, 10).some((hit) => hit.tool.appId === appId);
}

/** The mini-program a query fits at least twice as well as any other, if one does. */
function clearlyOne(query: string, catalog: ScoredCatalog): string | undefined {
  if (!query.trim()) return undefined;
  const best = new Map<string, number>();
  for (const hit of catalog.searchScored(query, 30, { withData: false })) best.set(hit.tool.appId, Math.max(best.get(hit.tool.appId) ?? 0, hit.score));
  const [first, second] = [...best.entries()].sort((a, b) => b[1] - a[1]);
  return first && first[1] > 0 && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
}

/** The one mini-program with a parameter whose `pattern` a word of the text fits in full (「JD5544332211」). */
export function patternApp(text: string, catalog: PlannerCatalog): string | undefined {
  const words = text.split(/[\s，,。？?！!；;：:、]+/).filter((w) => w.length >= 6);
  if (!words.length) return undefined;
  const apps = new Set<string>();
  for (const { appId } of catalog.apps()) {
    for (const tool of catalog.toolsOf(appId)) {
      for (const schema of Object.values(tool.inputSchema.properties ?? {})) {
        if (typeof schema.pattern !== 'string') continue;
        let re: RegExp;
        try {
          re = new RegExp(schema.pattern);
        } catch {
          continue;
        }
        if (words.some((w) => re.test(w) && /^\^.*\$$/.test(schema.pattern as string))) apps.add(appId);
      }
    }
  }
  const [only] = apps;
  return apps.size === 1 ? only : undefined;
}

/**
 * The app whose results name a thing the clause says in full (a film 「午夜快递」, "Midnight
 * Courier"): a whole name is stronger evidence than a word of it another service is about
 * (快递). Only a long name counts, and only when one app alone has the longest one said.
 */
export function namedThing(clause: string, catalog: ScoredCatalog): { appId: string; length: number; name: string } | undefined {
  const resultNames = catalog.resultNames?.bind(catalog);
  if (!resultNames) return undefined;
  const lower = clause.toLowerCase();
  // the names each app lists that the clause says, read once for both the longest and the own ones
  const said = catalog.apps().map(({ appId }) => ({ appId, names: namesToSay(resultNames(appId)).filter((n) => saysThing(lower, n)) }));
  const length = Math.max(0, ...said.flatMap(({ names }) => names.map((n) => n.length)));
  if (!length) return namedInPinyin(clause, catalog);
  const longest = said.filter(({ names }) => names.some((n) => n.length === length));
  if (longest.length === 1) return { appId: longest[0]!.appId, length, name: longest[0]!.names.find((n) => n.length === length)! };
  return ownNameSaid(said);
}

/**
 * Where the longest names said are listed by several services (a store of a mall both a café and a
 * cinema are in), the one service that lists another name said that no other lists (a film's title).
 */
function ownNameSaid(said: { appId: string; names: string[] }[]): { appId: string; length: number; name: string } | undefined {
  const own = said.flatMap(({ appId, names }) => {
    const alone = names.filter((n) => !said.some((other) => other.appId !== appId && other.names.some((o) => o.includes(n) || n.includes(o))));
    return alone.length ? [{ appId, name: alone.reduce((a, b) => (b.length > a.length ? b : a)) }] : [];
  });
  return own.length === 1 ? { appId: own[0]!.appId, length: own[0]!.name.length, name: own[0]!.name } : undefined;
}

/** A catalog's result names with their parts (`withParts`), lowercased and trimmed, by the list the catalog keeps. */
const namesSaid = new WeakMap<readonly string[], string[]>();

/** `names` as `namedThing` looks for them: the same for every clause until the catalog's list changes, so made once a list. */
function namesToSay(names: readonly string[]): string[] {
  let said = namesSaid.get(names);
  if (!said) namesSaid.set(names, (said = names.flatMap(withParts).map((name) => name.toLowerCase().trim())));
  return said;
}

/**
 * Whether a lowercased text says a listed name (lowercased and trimmed) long enough to name one thing: four Han characters, two English
 * words, or one foreign word of six letters or more (a brand, "Centrum") that is no city or place word.
 */
function saysThing(lower: string, n: string): boolean {
  // most listed names are not in the text at all: that is the cheap test, and it comes first
  if (!n || !lower.includes(n)) return false;
  const long = /[\u4e00-\u9fff]/.test(n) ? n.length >= 4 : n.includes(' ') ? n.length >= 8 : oneWordName(n) || MODEL_CODE.test(n);
  if (!long) return false;
  return /^[a-z0-9 '-]+$/.test(n) ? new RegExp(`\\b${escapeRegExp(n)}(?:e?s)?\\b`).test(lower) : true;
}

/** A foreign word of a name (a brand): a Chinese name spelled in pinyin ("Huilongguan") is read by `namedInPinyin`. */
function oneWordName(name: string): boolean {
  return /^[a-z]{6,}$/.test(name) && cityOf(name) === undefined && !isGenericWord(name) && !spellsPinyin(name);
}

/** A model or a code of letters and digits ("FFP2", "T800", "X7"): one thing's own name, however short. */
const MODEL_CODE = /^(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9-]{3,}$/;

/**
 * A name and, for one of several parts (「同春堂药房·回龙观店」), each part: people say the store, not
 * the brand; and a code of letters and digits inside a Chinese name (「FFP2口罩」: "FFP2s").
 */
export function withParts(name: string): string[] {
  const parts = name.split(/\s*[·・•|/（）()【】\[\]]\s*/).filter(Boolean);
  const codes = /\p{Script=Han}/u.test(name) ? (name.match(/[A-Za-z0-9-]*(?:[A-Za-z][A-Za-z0-9-]*\d|\d[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]*/g) ?? []).filter((c) => c.length >= 3) : [];
  const all = [...(parts.length > 1 ? [name, ...parts] : [name]), ...codes];
  return all.length > 1 ? [...new Set(all)] : all;
}

/**
 * Names an English clause spells in pinyin ("Banlangen from the Huilongguan store": 板蓝根,
 * 回龙观店): the app whose names it spells cover at least twice as much of it as any other's
 * (a place another app also lists is not enough to decide, unless the other's name says more of
 * the same words: 回龙观店 for "the Huilongguan store", over the place 回龙观).
 */
function namedInPinyin(clause: string, catalog: ScoredCatalog): { appId: string; length: number; name: string } | undefined {
  if (detectLanguage(clause) !== 'en') return undefined;
  const apps = catalog.apps().map(({ appId }) => appId);
  const hits = pinyinHits(clause, apps.map((appId) => catalog.resultNames?.(appId) ?? []));
  const spans = apps.map((_, key) => {
    const taken: [number, number][] = [];
    for (const hit of hits.filter((h) => h.key === key).sort((a, b) => b.phrase.length - a.phrase.length)) {
      if (!taken.some(([a, b]) => hit.span[0] < b && a < hit.span[1])) taken.push(hit.span);
    }
    return taken;
  });
  // "the Huilongguan store": a name that spells more of the same words (回龙观店) outweighs the place alone (回龙观)
  const inside = (span: [number, number], other: [number, number]) => other[0] <= span[0] && span[1] <= other[1] && other[1] - other[0] > span[1] - span[0];
  const dominated = (key: number) => spans[key]!.length > 0 && spans[key]!.every((span) => spans.some((others, k) => k !== key && others.some((other) => inside(span, other))));
  const covered = spans.map((taken, key) => ({ key, letters: dominated(key) ? 0 : taken.reduce((sum, [a, b]) => sum + b - a, 0), longest: taken[0] }))
    .sort((a, b) => b.letters - a.letters);
  const [first, second] = covered;
  if (!first?.longest || first.letters < 2 * (second?.letters ?? 0)) return undefined;
  const name = clause.slice(...first.longest).toLowerCase();
  return { appId: apps[first.key]!, length: name.length, name };
}

/**
 * A name one mini-program lists can be a place another serves ("the Bund hotel", 「外滩那家酒店」):
 * where the things the rest of the clause is about (a hotel, a room, a night) belong clearly to
 * another service, and the naming one has no part in them, that service is meant; the name then
 * only says which of its things.
 */
function serviceBeside(clause: string, thing: { appId: string; name: string }, catalog: ScoredCatalog, base?: number): string {
  const at = clause.toLowerCase().indexOf(thing.name);
  const around = at < 0 ? clause : `${clause.slice(0, at)} ${clause.slice(at + thing.name.length)}`;
  const rest = withoutCourier(around);
  // what the rest is about, not how it comes: 「送到公司」 is no reason to leave the restaurant named
  const query = thingsOnly(thingWords(rest));
  if (!query.trim()) return thing.appId;
  // (「河西码头店快递两罐龙井到…」: the rest names another thing the same service lists — its way of sending is no other service)
  if (namesToSay(catalog.resultNames?.(thing.appId) ?? []).some((name) => name.length >= 2 && /\p{Script=Han}/u.test(name) && !isGenericWord(name) && rest.includes(name))) return thing.appId;
  const hits = catalog.searchScored(query, 50, { withData: false });
  const best = hits[0];
  if (!best || best.tool.appId === thing.appId) return thing.appId;
  const own = hits.find((h) => h.tool.appId === thing.appId)?.score ?? 0;
  // where the rest of the clause has nothing at all to do with the named thing's service (a landmark
  // a ride knows, beside medicines to deliver), a weaker fit of another service is enough
  const enough = minScore(catalog.size, base) * (own > 0 ? 1 : 0.5);
  // (「X那边周六的瑜伽，帮我约上」: a landmark a ride knows, the rest a thing one other service alone fits)
  if (best.score < enough && !(own === 0 && clearlyOne(query, catalog) === best.tool.appId)) return thing.appId;
  return own < 0.3 * best.score ? best.tool.appId : thing.appId;
}

/** Words of buying a thing (「买」「订」「来两盒」, "buy", "order"). */
const BUYING = /买|订|下单|[来要拿][一二两三四五六七八九十\d]|\b(?:buy|order|get me)\b/i;
/** Sent by courier to a place (「快递到」「顺丰寄到」, "courier it to"). */
const BY_COURIER = /(?:用|走)?(?:快递|顺丰|闪送)(?:寄|送|发)?(?:到|给)|\b(?:courier|mail|ship) (?:it|them) to\b/giu;

/** 「…店买一盒…，快递到我家」: a courier that brings what is bought is how it comes, no parcel to send; the text without it. */
export function withoutCourier(text: string): string {
  return BUYING.test(text) ? text.replace(BY_COURIER, ' ') : text;
}

/** How long the longest app name the text says is (0: none). */
function appNameSaid(text: string, catalog: PlannerCatalog): number {
  const lower = text.toLowerCase();
  return Math.max(0, ...catalog.apps().flatMap((app) => appNames(app).filter((name) => saysName(lower, name)).map((name) => name.length)));
}

function saysName(lower: string, name: string): boolean {
  return /^[a-z0-9 ]+$/.test(name) ? new RegExp(`\\b${name}\\b`).test(lower) : lower.includes(name);
}

/** The app a text names outright (「用唱吧…」, "on Sing Bar"), if exactly one. */
export function namedApp(text: string, catalog: PlannerCatalog): string | undefined {
  const lower = text.toLowerCase();
  const hits = catalog.apps().filter((app) => appNames(app).some((name) => saysName(lower, name)));
  return hits.length === 1 ? hits[0]!.appId : undefined;
}

function appNames(app: { appName: string; appNameEn?: string }): string[] {
  return appNamesMade.get(`${app.appName}\0${app.appNameEn ?? ''}`, () => makeAppNames(app));
}

/** An app's names by its Chinese and English names: the same for every clause, so made once. */
const appNamesMade = new BoundedMemo<string[]>(1_000);

function makeAppNames(app: { appName: string; appNameEn?: string }): string[] {
  const names: string[] = [];
  for (const run of `${app.appName}`.match(/[\u4e00-\u9fff]{2,}/g) ?? []) names.push(run, run.slice(0, 2));
  const english = [app.appNameEn, app.appName.replace(/[\u4e00-\u9fff]/g, ' ')].filter(Boolean).join(' ').toLowerCase();
  const phrase = english.trim().replace(/\s+/g, ' ');
  if (phrase.length >= 4 && /[a-z]/.test(phrase)) names.push(phrase);
  // An acronym in the name (「唱吧量贩KTV」) is how people name it too ("the KTV").
  for (const acronym of `${app.appNameEn ?? ''} ${app.appName}`.match(/\b[A-Z]{2,5}\b/g) ?? []) names.push(acronym.toLowerCase());
  return [...new Set(names)].filter((n) => n.length >= 2 && !GENERIC_NAME.test(n));
}

/** Parts of names that say what, not who (a 「咖啡」 of 「山岚咖啡」 is any coffee). */
const GENERIC_NAME = /^(服务|中心|平台|商城|助手|生活|官方|小程序|智能|预约|预订|在线|到家|上门)$/;
