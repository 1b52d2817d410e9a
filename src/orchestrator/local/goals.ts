import type { Tool } from '../../catalog/index.ts';
import type { PlannerCatalog } from '../planner.ts';
import { idParams } from './id-sources.ts';
import { detectLanguage, extractDateTime, findAddress, matchEntities, matchEnum, mentionsUsual, pinyinHits, serviceWords, thingWords, thingsOnly, tokenize, withAskedWords, withChineseWords } from '../understand/index.ts';
import { enumOptions } from './fill-value.ts';
import { splitFallback } from './fallback.ts';
import type { Goal } from './memo.ts';

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
/** A further clause of a request that already found its service needs less to name another. */
const CLAUSE_BASE = 2.5;

const CONNECTOR = /[，,；;]\s*再(?!来|加)|(?<=[？?。！!])\s*(?=\S)|(?<=[a-z0-9][.])\s+(?=[A-Z])|(?:[，,；;。]\s*)?(?:然后再|然后|再帮我|再帮|顺便|另外|并且|同时|以及|还要|, and then |, then | and then | then also | and also |, and (?=[a-z]))/i;

/**
 * Splits a request into goals, one per service it needs: each clause is searched on its
 * own, and consecutive clauses served by the same mini-program stay together. A question
 * followed by an act on the same mini-program (「X多少钱？帮我交一下」) is one goal: the act.
 */
export function planGoals(text: string, catalog: ScoredCatalog, preferences: Record<string, Record<string, unknown>>, previousApp?: string): Goal[] {
  if (mentionsUsual(text)) {
    const usual = usualGoal(text, catalog, preferences);
    if (usual) return [usual];
  }
  // 「…帮我约一个，哦不对，还是换成8点多那节普拉提吧」, "…, actually make it extra large": what follows the
  // correction is read first, as an amendment of the request before it.
  const corrected = CORRECTION.exec(text);
  if (corrected && corrected.index > 0) {
    const goals = planGoals(text.slice(0, corrected.index), catalog, preferences, previousApp);
    const amendment = text.slice(corrected.index + corrected[0].length).trim();
    if (goals.length && amendment) return goals.map((g) => ({ ...g, answers: [amendment, ...g.answers] }));
  }
  // 「X还有吗？没有的话就订Y」: X is tried first, Y only if X cannot be had; both share the details said
  const fallback = splitFallback(text);
  if (fallback) {
    const goals = planGoals(fallback.whole, catalog, preferences, previousApp);
    const [first] = goals;
    if (goals.length !== 1 || !first || !fallback.instead) return goals;
    return [
      { ...first, answers: [fallback.first, ...first.answers], firstChoice: true },
      { ...first, args: {}, decided: [], wanted: [], answers: [fallback.instead, ...first.answers], orElse: true },
    ];
  }
  const clauses = leadIn(text.split(CONNECTOR).map((c) => c?.trim()).filter((c): c is string => !!c), catalog);
  // Each group keeps the tool chosen and the text it was chosen for: a group whose text did not grow since is not searched again.
  const groups: { text: string; appId: string; toolId: string; acting: boolean; chosen?: { tool: Tool; for: string } }[] = [];
  const choose = (text: string, appId: string) => {
    const tool = chooseGoalTool(text, appId, catalog);
    return { toolId: tool.id, chosen: { tool, for: text } };
  };
  for (const clause of clauses) {
    const last = groups[groups.length - 1];
    const appId = stays(clause, last, catalog) ? last?.appId : routeClause(clause, catalog, last ? CLAUSE_BASE : undefined, last?.text);
    if (!appId) {
      if (last) {
        last.text += `，${clause}`;
        if (isActing(clause) && !last.acting) Object.assign(last, { acting: true, ...choose(last.text, last.appId) });
      }
      continue;
    }
    // A clause for the same mini-program joins the last goal, unless it asks for another action of it
    // (「买一盒…，付完款再帮我把这单取消」: the undo comes after the order, as a goal of its own).
    const own = choose(clause, appId);
    const another = ACTION_WORDS.test(clause) || asksToUndo(clause);
    if (last && last.appId === appId && (last.toolId === own.toolId || !another || !last.acting)) {
      last.text += `，${clause}`;
      if (!last.acting && isActing(clause)) Object.assign(last, { acting: true, ...choose(last.text, appId) });
      continue;
    }
    groups.push({ text: clause, appId, ...own, acting: isActing(clause) });
  }
  if (!groups.length) {
    // 「刚才那单取消吧」, "please cancel it": what names no service is about what the conversation just did there.
    const appId = routeClause(text, catalog) ?? (previousApp && refersBack(text) ? previousApp : undefined);
    if (!appId) return [];
    groups.push({ text, appId, toolId: '', acting: isActing(text) });
  }
  return groups.map((g) => newGoal(g.text, g.chosen?.for === g.text ? g.chosen.tool : chooseGoalTool(g.text, g.appId, catalog)));
}

/**
 * A first clause that names no thing of any service, only asks or acts ("Until when can I
 * cancel for free?", 「能免费取消吗？」), is about what the next clause names: it is read with it.
 */
function leadIn(clauses: string[], catalog: ScoredCatalog): string[] {
  const [first, second, ...rest] = clauses;
  if (first === undefined || second === undefined) return clauses;
  if (namedThing(first, catalog) || namedApp(first, catalog) || thingWords(first)) return clauses;
  // A question that names nothing, before a clause that names things (a hotel, a room, a film), is about
  // those things, whatever words of asking it shares with other services ("until when can I cancel for free?").
  const names = namedThing(second, catalog) || namedApp(second, catalog) || thingWords(second);
  if (/[?？]\s*$/.test(first) && names) return [`${first} ${second}`, ...rest];
  const query = serviceWords(first);
  const best = query.trim() ? catalog.searchScored(query, 1, { withData: true })[0] : undefined;
  if (best && best.score >= minScore(catalog.size)) return clauses;
  return [`${first} ${second}`, ...rest];
}

/** The search words of a further clause that the clause before it did not already say. */
function ownWords(clause: string, before: string, words: (text: string) => string = withChineseWords): string {
  const said = new Set(tokenize(before));
  return tokenize(words(clause)).filter((t) => !said.has(t)).join(' ');
}

/** A choice among what the clause before named: "the cheaper one", 「便宜的那个」, 「其中一个」. */
const CHOOSES_AMONG_LAST = /\bthe \w+(?:er|est) (?:one|of the two|of them)\b|\b(?:either|one) of them\b|\bthe (?:first|second|other|last) one\b|[便贵大小快慢近远早晚宜][一]?[的点些]?那[个款种家盒份杯]|其中[一二两]?[个款种]?/i;

/** Words that point back at what was just done (「刚约的那节」「那单」, "cancel it", "that booking"), or undo or change it. */
const BACK_REFERENCE = /刚才|刚刚|刚[约订买下点挂交寄办预]|[那这上]一?[单笔节张场个次](?!人)|\b(?:it|that one|this one|that booking|that order|the booking|the order|my booking|my order)\b/i;

/** Whether a request names nothing of its own but what the conversation just did (to undo or change it). */
export function refersBack(text: string): boolean {
  return BACK_REFERENCE.test(text) || UNDO_WORDS.test(text) || CHANGE_WORDS.test(text);
}

/** A correction in the middle of a request: 「哦不对」「不对，还是」, "actually", "no wait", "I mean". */
const CORRECTION = /[，,。.]?\s*(?:(?:哦|噢|啊|呃)?不对[，,]?\s*(?:还是|应该是)?(?:换成|改成)?|不是不是[，,]?|(?:,\s*)?\b(?:actually|no wait|wait no|sorry|i mean)\b,?\s*(?:make it|change it to|change that to)?)/i;

/** A clause that goes on from the last one: a condition on it (「有的话来一张」「合适的话…」), "if so, …". */
const CONTINUES = /^(?:(?:如果|要是|假如)?[^，,。？?]{0,6}的话|那就|那么|那(?=[^么]{0,2}[吧的])|就(?!是)|if (?:so|there|it|they|that|yes)\b|(?:and )?then\b)/i;

/** Whether a clause or a reply goes on from what came before (「那就我自己去吧」, 「有的话来一张」). */
export function continuesLast(text: string): boolean {
  return CONTINUES.test(text.trim());
}

/**
 * A further clause that names no mini-program and fits the last one about as well as any
 * other (「…多少钱？帮我订明天晚上7点的」) continues it: only a clause that clearly fits
 * another service starts a goal there (「…，再叫个车」). An action after a request that was
 * no question is a second request, unless the last mini-program is where it fits best: the
 * names two services share (a place, a district) do not make one do the other's job.
 */
function stays(clause: string, last: { appId: string; text: string } | undefined, catalog: ScoredCatalog): boolean {
  if (!last || namedApp(clause, catalog)) return false;
  if (CONTINUES.test(clause) || CHOOSES_AMONG_LAST.test(clause)) return true;
  // 「付完款再帮我取消掉，行程可能要变」: an undo that names no thing of its own undoes what the last clause did
  if (asksToUndo(clause) && !thingWords(clause)) return true;
  // 「只问价，先别下单」, "just the price, don't book it": a limit on the request before, not another request.
  if (NEGATED_ACT.test(clause) && !ACTION_WORDS.test(clause.replace(NEGATED_ACT_G, ''))) return true;
  // 「我去店里拿」, "I'll pick it up": a way of doing it the last mini-program offers, said on its own.
  if (!thingWords(clause) && saysOptionOf(clause, catalog.toolsOf(last.appId))) return true;
  // What the clause asks for decides, not the words it shares with the last clause (a place both
  // a café and a ride know: 「国贸店自取…，再叫个车从国贸到…」) nor the names results list.
  const own = ownWords(clause, last.text);
  if (!own) return true;
  const hits = catalog.searchScored(own, 50, { withData: false });
  const best = hits[0]?.score ?? 0;
  const fit = hits.find((h) => h.tool.appId === last.appId)?.score ?? 0;
  return fit > 0 && fit >= 0.6 * best;
}

/** Whether the clause names a value of a listed choice (an enum) one of these APIs takes. */
function saysOptionOf(clause: string, tools: Tool[]): boolean {
  return tools.some((tool) => Object.values(tool.inputSchema.properties ?? {}).some((schema) => {
    const options = schema.enum ? enumOptions(schema) : undefined;
    return !!options && matchEnum(clause, options).length > 0;
  }));
}

/**
 * The mini-program a clause is for: the one it names (its name, or the first two characters
 * of it, 「唱吧」 for 「唱吧量贩KTV」), else the best search hit above the threshold; in a
 * catalog of a few mini-programs, where BM25's weights collapse (every term is in every
 * document), a hit that holds most of the clause's terms. A further action (`byAction`) goes
 * where the tools say they do it: what mini-programs list (stores, places) names its arguments.
 */
export function routeClause(said: string, catalog: ScoredCatalog, base?: number, after?: string): string | undefined {
  // a street address says where, not what: 「中关村南大街5号」 does not name the 中关村 cinema
  const address = findAddress(said);
  const clause = address ? said.replace(address, ' ') : said;
  const thing = namedThing(clause, catalog);
  const byThing = thing && serviceBeside(clause, thing, catalog, base);
  const named = thing && thing.length > appNameSaid(clause, catalog) ? byThing : namedApp(clause, catalog) ?? byThing;
  if (named) return named;
  // An English word for one kind of thing ("thermometer": 体温计) that one service alone clearly
  // sells outweighs the words of fetching and finding (a store, delivery) every service shares.
  const kind = detectLanguage(clause) === 'en' ? clearlyOne(thingWords(clause, { exact: true }), catalog) : undefined;
  if (kind) return kind;
  // The words of things say which service; the words of asking and doing (an English "how much" read
  // as 费用) count only where the things said are too few to decide.
  const queries = after === undefined ? [serviceWords(clause), withChineseWords(clause)] : [ownWords(clause, after, serviceWords), ownWords(clause, after)];
  const bests = [...new Set(queries)].flatMap((query) => (query ? catalog.searchScored(query, 5).slice(0, 1) : []));
  const strong = bests.find((best) => best.score >= minScore(catalog.size, base));
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
 * The app whose results name a thing the clause says in full (a film 「熊猫快递」, "Panda
 * Courier"): a whole name is stronger evidence than a word of it another service is about
 * (快递). Only a long name counts, and only when one app alone has the longest one said.
 */
export function namedThing(clause: string, catalog: ScoredCatalog): { appId: string; length: number; name: string } | undefined {
  if (!catalog.resultNames) return undefined;
  const lower = clause.toLowerCase();
  let best = { length: 0, name: '', apps: new Set<string>() };
  for (const { appId } of catalog.apps()) {
    for (const name of catalog.resultNames(appId).flatMap(withParts)) {
      const n = name.toLowerCase().trim();
      if (!saysThing(lower, n)) continue;
      if (n.length > best.length) best = { length: n.length, name: n, apps: new Set([appId]) };
      else if (n.length === best.length) best.apps.add(appId);
    }
  }
  const [appId] = best.apps;
  if (best.apps.size === 1 && appId) return { appId, length: best.length, name: best.name };
  return best.apps.size ? undefined : namedInPinyin(clause, catalog);
}

/** Whether a text says a listed name long enough to name one thing (four Han characters, or two English words). */
function saysThing(text: string, name: string): boolean {
  const n = name.toLowerCase().trim();
  const long = /[\u4e00-\u9fff]/.test(n) ? n.length >= 4 : n.includes(' ') && n.length >= 8;
  if (!long) return false;
  const lower = text.toLowerCase();
  return /^[a-z0-9 '-]+$/.test(n) ? new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower) : lower.includes(n);
}

/** A name and, for one of several parts (「康宁大药房·徐家汇店」), each part: people say the store, not the brand. */
function withParts(name: string): string[] {
  const parts = name.split(/\s*[·・•|/（）()【】\[\]]\s*/).filter(Boolean);
  return parts.length > 1 ? [name, ...parts] : [name];
}

/**
 * Names an English clause spells in pinyin ("Lianhua Qingwen from the Xujiahui store": 连花清瘟,
 * 徐家汇店): the app whose names it spells cover at least twice as much of it as any other's
 * (a place another app also lists is not enough to decide).
 */
function namedInPinyin(clause: string, catalog: ScoredCatalog): { appId: string; length: number; name: string } | undefined {
  if (detectLanguage(clause) !== 'en') return undefined;
  const apps = catalog.apps().map(({ appId }) => appId);
  const hits = pinyinHits(clause, apps.map((appId) => catalog.resultNames?.(appId) ?? []));
  const covered = apps.map((_, key) => {
    const taken: [number, number][] = [];
    for (const hit of hits.filter((h) => h.key === key).sort((a, b) => b.phrase.length - a.phrase.length)) {
      if (!taken.some(([a, b]) => hit.span[0] < b && a < hit.span[1])) taken.push(hit.span);
    }
    return { key, letters: taken.reduce((sum, [a, b]) => sum + b - a, 0), longest: taken[0] };
  }).sort((a, b) => b.letters - a.letters);
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
  const rest = at < 0 ? clause : `${clause.slice(0, at)} ${clause.slice(at + thing.name.length)}`;
  // what the rest is about, not how it comes: 「送到公司」 is no reason to leave the restaurant named
  const query = thingsOnly(thingWords(rest));
  if (!query.trim()) return thing.appId;
  const hits = catalog.searchScored(query, 50, { withData: false });
  const best = hits[0];
  if (!best || best.tool.appId === thing.appId) return thing.appId;
  const own = hits.find((h) => h.tool.appId === thing.appId)?.score ?? 0;
  // where the rest of the clause has nothing at all to do with the named thing's service (a landmark
  // a ride knows, beside medicines to deliver), a weaker fit of another service is enough
  const enough = minScore(catalog.size, base) * (own > 0 ? 1 : 0.5);
  if (best.score < enough) return thing.appId;
  return own < 0.3 * best.score ? best.tool.appId : thing.appId;
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
  const names: string[] = [];
  for (const run of `${app.appName}`.match(/[\u4e00-\u9fff]{2,}/g) ?? []) names.push(run, run.slice(0, 2));
  const english = [app.appNameEn, app.appName.replace(/[\u4e00-\u9fff]/g, ' ')].filter(Boolean).join(' ').toLowerCase();
  const phrase = english.trim().replace(/\s+/g, ' ');
  if (phrase.length >= 4 && /[a-z]/.test(phrase)) names.push(phrase);
  // An acronym in the name (「唱吧量贩KTV」) is how people name it too ("the KTV").
  for (const acronym of `${app.appNameEn ?? ''} ${app.appName}`.match(/\b[A-Z]{2,5}\b/g) ?? []) names.push(acronym.toLowerCase());
  return [...new Set(names)].filter((n) => n.length >= 2 && !GENERIC_NAME.test(n));
}

/** Parts of names that say what, not who (a 「咖啡」 of 「晨光咖啡」 is any coffee). */
const GENERIC_NAME = /^(服务|中心|平台|商城|助手|生活|官方|小程序|智能|预约|预订|在线|到家|上门)$/;

/** A clause that acts (order, book, pay) rather than only asks; an act said not to be done (「先别订」, "don't book it") does not. */
export function isActing(text: string): boolean {
  return text.split(/[？?，,。；;！!]/).some((part) => {
    const said = part.replace(NEGATED_ACT_G, ' ');
    return ACTION_WORDS.test(said) && !QUERY_WORDS.test(said);
  });
}

/** An act the request says not to do: a negation right before the verb (「先别订」「不用下单」, "don't book it", "no need to order"). */
const NEGATION = String.raw`(?:先别|(?<![分特区类级])别|不要|不用|无需|不必|先不|暂时不|暂不|\bdo\s+not|\bdon'?t|\bno need to|\bnot)\s*(?:帮我|给我|me\s+)?`;
const NEGATED_ACT = new RegExp(`${NEGATION}(?:${String.raw`下单|订|买|约|预约|预订|付款|支付|付|交|叫|book|order|buy|pay|reserve|purchase|call`})`, 'i');
const NEGATED_ACT_G = new RegExp(NEGATED_ACT.source, 'gi');

export function newGoal(text: string, tool: Tool, usual?: Record<string, unknown>): Goal {
  return { text, toolId: tool.id, args: {}, decided: [], answers: [], status: 'open', attempts: 0, wanted: [], ...(usual ? { usual } : {}) };
}

/**
 * The goal API of a mini-program for a request: the best search hit among its tools. For a
 * request that acts, a read-only API that only supplies IDs counts for less, and an action
 * that takes IDs (but undoes nothing) for more.
 */
export function chooseGoalTool(text: string, appId: string, catalog: ScoredCatalog): Tool {
  const tools = catalog.toolsOf(appId);
  const consumers = tools.filter((t) => !isNotifyLike(t));
  const sources = new Set(consumers.flatMap((t) => idParams(t, tools).map((p) => p.source)).filter(Boolean));
  const acting = isActing(text);
  const undoing = asksToUndo(text);
  const asks = QUERY_WORDS.test(text) || /[?？]/.test(text);
  // What results name says which mini-program, not which of its APIs: the action is chosen by what the APIs say they do.
  const hits = catalog.searchScored(withAskedWords(withChineseWords(text)), 50, { withData: false }).filter((h) => h.tool.appId === appId);
  const when = saysWhen(text);
  const weight = (tool: Tool) =>
    (sources.has(tool.api) && acting && readsOnly(tool) ? 0.5 : 1) *
    // 「今晚…有啥电影」: a list that cannot be asked about a time is not what a request with one wants.
    (when && readsOnly(tool) && !takesWhen(tool) ? 0.5 : 1) *
    (isNotifyLike(tool) ? 0.2 : 1) *
    (acting && !readsOnly(tool) && tool.annotations?.destructiveHint !== true ? 1.5 : 1) *
    (acting && readsOnly(tool) ? 0.6 : 1) *
    // A question that acts on nothing (「…多少钱？」, "just the price") is answered by a list, not by making an order.
    (!acting && asks && !readsOnly(tool) ? 0.5 : 1) *
    (undoing === isUndoLike(tool) ? (undoing ? 3 : 1) : 0.3) *
    // Moving or changing something made before (reschedule, update) is for a request that says to change it.
    (isChangeLike(tool) && !CHANGE_WORDS.test(text) ? 0.3 : 1);
  // within one mini-program a short name or a part of one tells its things apart (「思密达」, 「外滩那家」)
  const namesIn = (toolId: string) => {
    const names = catalog.apiResultNames?.(toolId) ?? [];
    return matchEntities(text, names.map((name, key) => ({ id: String(key), names: withParts(name) }))).length > 0;
  };
  const listsNamed = (tool: Tool) => namesIn(tool.id);
  // what must be asked before the API can answer: a thing to choose that the question names none of, a date it says nothing of
  const needsChoice = (tool: Tool) => {
    const required = tool.inputSchema.required ?? [];
    if (!when && whenParams(tool).some((name) => required.includes(name))) return true;
    return idParams(tool, tools).some((p) => {
      const source = tools.find((t) => t.api === p.source);
      return required.includes(p.name) && !!source && (catalog.apiResultNames?.(source.id) ?? []).length > 0 && !namesIn(source.id);
    });
  };
  const scored = hits.map((h) => ({ tool: h.tool, score: h.score * weight(h.tool) }));
  scored.sort((a, b) => b.score - a.score);
  // A request that acts and asks nothing (「静安寺店买一盒泰诺林」) is for an API that acts, wherever one matched its
  // words: in a catalog of one mini-program a list that names the things it buys can outscore it many times.
  const act = acting && !asks && !undoing ? scored.find((s) => s.score > 0 && !readsOnly(s.tool) && !isNotifyLike(s.tool) && !isUndoLike(s.tool) && !(isChangeLike(s.tool) && !CHANGE_WORDS.test(text))) : undefined;
  if (act && scored[0] && readsOnly(scored[0].tool)) scored.unshift(act);
  // A question is answered with what was said, not by asking back: where the best fit needs a thing chosen
  // or a date that the question says none of (a quote that needs a store), the list that names what it asks about answers.
  const top = scored[0]?.tool;
  const named = !acting && asks && top && readsOnly(top) && needsChoice(top)
    ? scored.find((s) => s.score > 0 && readsOnly(s.tool) && listsNamed(s.tool) && !needsChoice(s.tool)) : undefined;
  if (named) scored.unshift(named);
  // Only an API that undoes can undo: where the words matched none (「帮我退了」), the mini-program's own undo API.
  const undo = undoing && !isUndoLike(scored[0]?.tool ?? tools[0]!) ? consumers.find(isUndoLike) : undefined;
  return undo ?? deeperList(text, scored[0]?.tool, tools, catalog, acting) ?? scored[0]?.tool ?? tools[0]!;
}

/**
 * A question of when or what is left that names a thing a list gives (a film of `searchFilms`)
 * asks about what that thing leads to (its showtimes): the one read-only API that takes the named
 * list's ID answers it. A question of price is answered by the list that names the prices.
 */
const ASKS_WHEN_OR_LEFT = /几点|什么时候|时间|场次|哪天|还有|余|when|what time|times|showtimes|schedule|available|availability|left|sessions/i;

const IS_THERE = /有[^，,。；;？?]{1,16}(?:吗|么|嘛)|有没有|\b(?:is there|are there|do you have|any)\b/i;

function deeperList(text: string, top: Tool | undefined, tools: Tool[], catalog: ScoredCatalog, acting: boolean): Tool | undefined {
  // 「明天下午国贸店有熊猫快递吗」: whether there is one at a time said asks about its sessions too
  const asks = ASKS_WHEN_OR_LEFT.test(text) || (saysWhen(text) && IS_THERE.test(text));
  if (acting || !top || !readsOnly(top) || !asks || namedThing(text, catalog)?.appId !== top.appId) return undefined;
  const deeper = tools.filter((t) => t.id !== top.id && readsOnly(t) && idParams(t, tools).some((p) => p.source === top.api));
  return deeper.length === 1 ? deeper[0] : undefined;
}

/** Words of doing (order, book, pay) and of asking (what, which, show): generic, not any mini-program's. */
const ACTION_WORDS = /(?<!大)约(?![\d莫])|(?:^|[\s我就都还也想])要(?![不是么求紧多等花带])|订|买|占(?:一个|个|位|座|[一二两三四五六七八九十\d]个)|(?:帮我|给我)?备(?=[一二两三四五六七八九十几\d])|(?:帮我|给我)留(?=[一二两三四五六七八九十几\d个份盒张])|(?:来|上门)(?:做|打扫|收拾|清洁|清洗|修|装|擦)|\b(?:can|could) (?:someone|somebody|you) (?!tell|check|show|let me|see|explain|find out)(?:come|clean|book|get|deliver|send|bring|fix|order|reserve|pick|make|set)\b|点一|点个|来[一二两三四五六七八九十几\d张杯份碗瓶个]|(?:[一二两三四五六七八九十]|\d+)\s*张(?!嘴)|叫|挂|寄|送|交|缴|充|预约|预订|下单|办|order|book|buy|pay|send|ship|get me|reserve|top up|deliver|call (?:a|an|me a)\b|hail|request a\b|\badd\b|i'?d like|i would like|i want|\bneed (?:a|an|someone)\b|come (?:by|over|and|to|clean)|\bhave (?:them|someone|somebody|a \w+|the \w+) (?:do|come|clean|bring|fix|deliver|pick|send)\b|\b(?:tickets?|seats?) for\b|get me into|sign me up|^(?!\s*(?:what|which|how|when|where|why|who|can|could|is|are|do|does|will|would|may)\b)[^?]*\bplease\b(?!.*\?)/i;
const QUERY_WORDS = /查|看看|有哪些|有什么|有啥|都有|几点|哪天|有没有|是什么|多少|到哪|哪些|列表|菜单|what|which|\bshow\s+(?:me|us|all|what)\b|list|menu|how much|where is|track/i;

/** Asking to undo: cancel, refund, unsubscribe. */
const UNDO_WORDS = /取消|退(?![出休役步烧让化缩房])|撤销|撤回|不要了|不去了|cancel|refund|call off|unbook/i;

/** An undo said not to be done or only asked about (「不用取消」, 「取消要扣钱吗」, "until when can I cancel for free?"). */
const NOT_UNDOING = /(?:不用|不要|别|无需|先不)(?:帮我)?(?:取消|退)|取消[^，,。；;！!]{0,8}(?:吗|么|多少|几点|什么时候|怎么|？|\?)|(?:什么时候|几点|多久)(?:前)?(?:能|可以)?(?:免费)?取消|(?:can|could) (?:i|we) (?:still )?cancel|cancel[^.?!,]{0,20}\?|cancel(?:lation)? (?:policy|fee|charge)/gi;

/** Whether a request asks to undo something (cancel, refund), not only about undoing it. */
export function asksToUndo(text: string): boolean {
  return UNDO_WORDS.test(text.replace(NOT_UNDOING, ' '));
}

/** Asking to change what exists: move, reschedule, switch. */
const CHANGE_WORDS = /改|换|调到|调整|推迟|提前|挪|延期|reschedul|move|change|switch|postpone|push (?:it|back)|bring forward/i;

/** An API that changes something made before (reschedule, update, modify), by its name. */
export function isChangeLike(tool: Tool): boolean {
  return /reschedul|update|modify|change|edit|amend|move/i.test(tool.api);
}

/** An API that undoes (cancel, refund, delete), by its name or the way its description opens. */
export function isUndoLike(tool: Tool): boolean {
  return /cancel|refund|revoke|delete|remove|unbook|undo|void/i.test(tool.api) || /^(取消|退订|退款|撤销|删除|cancel|refund)/i.test(tool.description.trim());
}

/** Whether the text names a day, a time or a part of the day. */
export function saysWhen(text: string): boolean {
  const found = extractDateTime(text, { now: new Date(), timeZone: 'Asia/Shanghai' });
  return !!(found.date || found.time || found.period);
}

/** Whether a tool takes a date or a time among its parameters. */
function takesWhen(tool: Tool): boolean {
  return whenParams(tool).length > 0;
}

/** The parameters of a tool that take a date or a time. */
function whenParams(tool: Tool): string[] {
  return Object.entries(tool.inputSchema.properties ?? {})
    .filter(([name, p]) => /date|time|day|when|日期|时间/i.test(name) || p.format === 'date' || p.format === 'time' || /YYYY-MM-DD|HH:MM/i.test(p.description ?? ''))
    .map(([name]) => name);
}

/** API names that only read (get…, list…, search…): by the common naming convention, not any mini-program's. */
const READ_NAME = /^(get|list|search|query|view|find|track|check|show|fetch|lookup)[A-Z_]/;

export function readsOnly(tool: Tool): boolean {
  return tool.annotations?.readOnlyHint === true || READ_NAME.test(tool.api);
}

/** APIs the hub calls after a payment (`{ orderId, status }`) are not where a request starts. */
function isNotifyLike(tool: Tool): boolean {
  const props = Object.keys(tool.inputSchema.properties ?? {});
  return props.includes('status') && props.includes('orderId') && props.length === 2;
}

/** "The usual": the mini-program the user has a remembered choice for, and the API that takes it. */
function usualGoal(text: string, catalog: ScoredCatalog, preferences: Record<string, Record<string, unknown>>): Goal | undefined {
  const candidates = Object.entries(preferences).filter(([appId]) => catalog.toolsOf(appId).length);
  if (!candidates.length) return undefined;
  const hits = catalog.searchScored(withChineseWords(text), 20);
  const ranked = candidates
    .map(([appId, prefs]) => ({ appId, prefs, score: hits.filter((h) => h.tool.appId === appId).reduce((s, h) => s + h.score, 0) }))
    .sort((a, b) => b.score - a.score);
  const chosen = ranked[0];
  if (!chosen) return undefined;
  const keys = Object.keys(chosen.prefs);
  const coverage = (t: Tool) => {
    const props = new Set<string>();
    const walk = (s: Tool['inputSchema']) => {
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        props.add(k);
        if (v.items) walk(v.items);
      }
    };
    walk(t.inputSchema);
    return keys.filter((k) => props.has(k)).length;
  };
  const tool = catalog.toolsOf(chosen.appId).sort((a, b) => coverage(b) - coverage(a))[0];
  return tool ? newGoal(text, tool, chosen.prefs) : undefined;
}
