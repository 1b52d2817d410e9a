import type { Tool } from '../../catalog/index.ts';
import { idParams } from './id-sources.ts';
import { askedWords, blankDayClasses, detectLanguage, matchEntities, remedyAsked, withAskedWords, withChineseWords, withoutAskedWords } from '../understand/index.ts';
import { contentWords } from '../understand/function-words.ts';
import { namedThing, withParts, type ScoredCatalog } from './route.ts';
import { itemArray } from './schema-paths.ts';
import { CHANGE_WORDS, DONE_BEFORE, QUERY_WORDS, asksToUndo, isActing, saysWhen } from './request-words.ts';
import { isChangeLike, isNotifyLike, isUndoLike, readsOnly, takesWhen, whenParams } from './tool-kinds.ts';
import { askedAttributes } from '../understand/asked-attribute.ts';
import { askedFit, quoteAsked, quotes } from './asked-tool.ts';
import { schemaTells } from './attribute-fields.ts';
import { withoutOwnErrand } from './own-errand.ts';
import { asksWhatItHolds } from './described.ts';

/** A request said as a question: "can you / could someone … do", "could I get a …", 「能(不能)帮我…」「可以帮我…吗」「周六能来家里擦个玻璃吗」. */
const POLITE_REQUEST = /\b(?:can|could|would|will)\s+(?:you|someone|somebody|anyone)\s+(?:please\s+)?(?!tell|check|show|let me know|see|explain|find out|confirm)(?:come|clean|do|book|get|grab|fetch|deliver|send|bring|fix|order|reserve|pick|make|set|sign|put|call|pay|top|have\b[^.?!]{1,60}?\b(?:sent|delivered|brought|shipped))\b|\b(?:can|could|may)\s+i\s+(?:please\s+)?(?:get|have|order|grab|book|reserve)\s+(?:a|an|one|two|three|some|\d+)\b|(?:能不能|能否|可不可以|可以|能)(?:帮我|给我|帮忙)(?!查|看|问)|(?:能不能|能否|可不可以|可以|能)(?:派[个位]?人|安排[个位]?人)?(?:来|上门)[^，,。？?]{0,8}?(?:做|打扫|收拾|清洁|清洗|修|装|擦|送)/i;

/**
 * The goal API of a mini-program for a request: the best search hit among its tools. For a
 * request that acts, a read-only API that only supplies IDs counts for less, and an action
 * that takes IDs (but undoes nothing) for more.
 */
/** The thing a question counts (「存了几个乘客」「有几张优惠券」): the words after the count and its measure. */
const COUNTED = /(?:几|多少)(?:个|位|张|家|种|款|条|笔|份)(\p{Script=Han}{2,4}?)(?=[了吗呢啊嘛来着？?，,。\s]|$)/u;

/** The words that make a Chinese question of what there is (「有哪些」「有什么」「都有啥」), whatever it is of. */
const QUESTION_FRAME = /都?有(?:哪些|什么|啥)|哪些|什么样?的?|啥/gu;

/** What a description says first, up to its first break: what the API is (「读取用户保存的乘客」). */
const headOf = (description: string) => description.split(/[：:，,。；;（(]/)[0] ?? '';

export function chooseGoalTool(text: string, appId: string, catalog: ScoredCatalog): Tool {
  const tools = catalog.toolsOf(appId);
  const consumers = tools.filter((t) => !isNotifyLike(t));
  const sources = new Set(consumers.flatMap((t) => idParams(t, tools).map((p) => p.source)).filter(Boolean));
  // 「…几点开门？想去买点药」: where the user goes themselves, the question is what is asked of the assistant
  const facts = askedAttributes(text);
  const acting = isActing(facts.length ? withoutOwnErrand(text) : text);
  const undoing = asksToUndo(text);
  // ("Can someone come and clean on Sunday?", 「能帮我约一下周日的保洁吗？」: a request said as a question asks nothing)
  const asks = QUERY_WORDS.test(text) || COUNTED.test(text) || (/[?？]/.test(text) && !POLITE_REQUEST.test(text));
  // What results name says which mini-program, not which of its APIs: the action is chosen by what the APIs say they do.
  // (an English request is searched by its content words: "I'd like …" opens any request, and matches an example that opens so)
  // (「我昨天买的那张…几点开」: what was done before points at the person's own thing; its verb asks nothing done)
  const query = withAskedWords(withChineseWords(acting ? text : text.replace(DONE_BEFORE, '我的')));
  const search = (q: string) => catalog.searchScored(detectLanguage(text) === 'en' ? contentWords(q) : q, 50, { withData: false }).filter((h) => h.tool.appId === appId);
  // (「有什么套餐」「套餐有哪些」: the frame of the question is any list's — a description's example 「有哪些影城」 shares
  // it — the thing asked about says which; the frame counts only where nothing else matched)
  const unframed = query.replace(QUESTION_FRAME, ' ');
  const framedHits = unframed !== query ? search(unframed) : [];
  const hits = framedHits.length ? framedHits : search(query);
  const when = saysWhen(text);
  // 「晚上几点关门？我九点多过去」: the API that says it tells what is asked (hours) answers, whatever time is said
  const asked = askedWords(text).filter((word) => /\p{Script=Han}/u.test(word));
  const tells = (tool: Tool) => asked.some((word) => tool.description.includes(word));
  // 「明天下午有观景舱的话帮我订一班」: an act for a time said takes a time, itself or through the list its thing is from
  // (not the class pack the same words match as well)
  const takesWhenThrough = (tool: Tool) => takesWhen(tool) || idParams(tool, tools).some((p) => {
    const source = tools.find((t) => t.api === p.source);
    return !!source && takesWhen(source);
  });
  const counted = COUNTED.exec(text)?.[1];
  const weight = (tool: Tool) =>
    (acting && when && !readsOnly(tool) && !takesWhenThrough(tool) ? 0.75 : 1) *
    (sources.has(tool.api) && acting && readsOnly(tool) ? 0.5 : 1) *
    // 「今晚…有啥电影」: a list that cannot be asked about a time is not what a request with one wants.
    (when && readsOnly(tool) && !takesWhen(tool) && !tells(tool) ? 0.5 : 1) *
    (isNotifyLike(tool) ? 0.2 : 1) *
    (acting && !readsOnly(tool) && tool.annotations?.destructiveHint !== true ? 1.5 : 1) *
    (acting && readsOnly(tool) ? 0.6 : 1) *
    // A question that acts on nothing (「…多少钱？」, "just the price") is answered by a list, not by making an order.
    (!acting && asks && !readsOnly(tool) ? 0.5 : 1) *
    (undoing === isUndoLike(tool) ? (undoing ? 3 : 1) : 0.3) *
    // Moving or changing something made before (reschedule, update) is for a request that says to change it.
    (isChangeLike(tool) && !CHANGE_WORDS.test(text) ? 0.3 : 1) *
    // 「我的船票是几号舱」, "where's my booking?": a question of the person's own things is for the list of theirs
    (!acting && !undoing && MINE.test(text) && readsOnly(tool) && ownList(tool) ? 2 : 1) *
    // 「西湖那家在哪」, "how much for 4 bottles": the API whose output holds what is asked (or computes it) answers
    (acting ? 1 : askedFit(tool, facts, text)) *
    // 「我存了几个乘客来着」: how many of a thing is asked of the list that says first it lists them
    (counted && readsOnly(tool) && headOf(tool.description).includes(counted) ? 1.5 : 1);
  // within one mini-program a short name or a part of one tells its things apart (「思密达」, 「外滩那家」)
  const namesIn = (toolId: string) => {
    const names = catalog.apiResultNames?.(toolId) ?? [];
    return matchEntities(text, names.map((name, key) => ({ id: String(key), names: withParts(name) }))).length > 0;
  };
  const listsNamed = (tool: Tool) => namesIn(tool.id);
  // ("whats the price of a forehead thermometer", not a quote of several: a list that says prices, where its names are in another language)
  const tellsAsked = (tool: Tool) => facts.some((attribute) => schemaTells(attribute, tool.outputSchema));
  // what must be asked before the API can answer: a thing to choose that the question names none of, a date it says nothing of
  const needsWhen = (tool: Tool) => !when && whenParams(tool).some((name) => (tool.inputSchema.required ?? []).includes(name));
  const needsChoice = (tool: Tool) => {
    const required = tool.inputSchema.required ?? [];
    if (needsWhen(tool)) return true;
    return idParams(tool, tools).some((p) => {
      const source = tools.find((t) => t.api === p.source);
      return required.includes(p.name) && !!source && (catalog.apiResultNames?.(source.id) ?? []).length > 0 && !namesIn(source.id);
    });
  };
  const scored = hits.map((h) => ({ tool: h.tool, score: h.score * weight(h.tool) }));
  // ("Missing Witness at the riverside cinema tonight, just me": no word of the act, only of what it is for)
  // the one action that takes its IDs from the list the words found (or, through other lists, the one
  // action that takes IDs) is what the request asks done
  const soleActOn = (list: Tool | undefined) => {
    if (list && !readsOnly(list)) return undefined;
    const direct = list ? consumers.filter((t) => acts(t) && idParams(t, tools).some((p) => p.source === list.api)) : [];
    // (a store list, where the action takes a showing found by the store: the one action that takes IDs at all)
    const takers = direct.length ? direct : consumers.filter((t) => acts(t) && idParams(t, tools).length > 0);
    return takers.length === 1 ? { tool: takers[0]!, score: 0 } : undefined;
  };
  scored.sort((a, b) => b.score - a.score);
  // A request that acts and asks nothing (「枫林店买一盒感冒灵」) is for an API that acts, wherever one matched its
  // words: in a catalog of one mini-program a list that names the things it buys can outscore it many times.
  const acts = (tool: Tool) => !readsOnly(tool) && !isNotifyLike(tool) && !isUndoLike(tool) && !(isChangeLike(tool) && !CHANGE_WORDS.test(text));
  const act = acting && !asks && !undoing ? scored.find((s) => s.score > 0 && acts(s.tool)) ?? soleActOn(scored[0]?.tool) : undefined;
  if (act && (!scored[0] || readsOnly(scored[0].tool))) scored.unshift(act);
  // A question is answered with what was said, not by asking back: where the best fit needs a thing chosen
  // or a date that the question says none of (a quote that needs a store), the list that names what it asks about answers.
  const top = scored[0]?.tool;
  // (a quote of a count, or delivered, asks its store: no list says that amount; a plain price is any
  // list's that tells prices, as is what else is asked where the best fit must ask its dates: "lunch on board per person")
  const plainPrice = !!top && quotes(top) && !quoteAsked(top, facts, text);
  const told = (tool: Tool) => (plainPrice || (!!top && needsWhen(top))) && tellsAsked(tool);
  const named = !acting && asks && top && readsOnly(top) && needsChoice(top) && !quoteAsked(top, facts, text)
    ? scored.find((s) => s.score > 0 && readsOnly(s.tool) && (listsNamed(s.tool) || told(s.tool)) && !needsChoice(s.tool)) : undefined;
  if (named) scored.unshift(named);
  // ("What's the difference between premium and standard seats?": a question that acts on nothing is not
  // the act whose options it names, but the best list of the things those options are of)
  const actTop = !acting && asks && !undoing && scored[0] && !readsOnly(scored[0].tool) && !isChangeLike(scored[0].tool) ? scored[0].tool : undefined;
  // (the list it takes its thing from)
  const ofThings = new Set(actTop ? idParams(actTop, tools).map((p) => p.source) : []);
  // (only an act that takes its thing from a list: a quote by weight and cities that acts on no list stays)
  const source = tools.find((t) => ofThings.has(t.api) && readsOnly(t));
  const listing = source ? scored.find((s) => s.score > 0 && ofThings.has(s.tool.api) && readsOnly(s.tool) && !isNotifyLike(s.tool)) ?? { tool: source, score: 0 } : undefined;
  if (listing && !named) scored.unshift(listing);
  // 「你们船上那个双人零食包多钱啊」: a fact asked of a thing one list alone names is that list's to answer
  // (not where the best fit prices what is said (a quote: "how much for 4 tins of <a tea the menu names>") or is
  // asked for the time said (「湖边那家客栈周六住一晚多少钱」))
  const byTop = !!top && (quotes(top) || (!!when && takesWhen(top)));
  // (nor where things of two lists are named: 「东门店买两盒青蒿素片一共多少钱」 names a store and a medicine)
  // (or asks what it is or holds, "what's in a <drink>": the list that names it says so of it)
  const namers = !acting && (facts.length || asksWhatItHolds(text)) && !named && !byTop ? tools.filter((tool) => readsOnly(tool) && listsNamed(tool)) : [];
  // (and it tells all that is asked: a store list named for "how much is <a medicine> at your pier store" tells no price)
  const namer = namers.length === 1 && facts.every((attribute) => !namers[0]!.outputSchema || schemaTells(attribute, namers[0]!.outputSchema)) ? scored.find((s) => s.tool === namers[0] && s.score > 0) : undefined;
  if (namer && namer !== scored[0]) scored.unshift(namer);
  // "anything for a cold?", 「东港店有治感冒的药吗」: a remedy asked for a complaint is looked for in the list of the things
  // an order's lines are made of (its medicines), not in its stores or orders
  const remedyList = !acting && !undoing && remedyAsked(text) ? lineSource(consumers.filter(acts), tools) : undefined;
  if (remedyList && remedyList !== scored[0]?.tool) scored.unshift({ tool: remedyList, score: 0 });
  // Only an API that undoes can undo: where the words matched none (「帮我退了」), the mini-program's own undo API.
  const undo = undoing && !isUndoLike(scored[0]?.tool ?? tools[0]!) ? consumers.find(isUndoLike) : undefined;
  // (no words of any API matched, "Is The Lighthouse Keeper on anywhere…?": the list that names the thing said)
  const best = scored[0]?.tool ?? tools.find((t) => readsOnly(t) && listsNamed(t));
  return undo ?? deeperList(text, best, tools, catalog, acting) ?? listTakingNamed(best, tools, listsNamed, acting) ?? best ?? tools[0]!;
}

/** The person's own things said (「我的船票」「我买的那张」「我订的」, "my booking"), not anything of theirs (「我的孩子」, "my hay fever"). */
const MINE = /我(?:买|订|约|预约|预订|下|点|寄)了?的|我(?:那|这)(?:张|单|份|趟|班|间|节)|我的[^，,。？?；;]{0,6}?(?:订单|预约|票|房|包裹|快递|课|单子|挂号)|\bmy (?:\w+ )?(?:orders?|bookings?|tickets?|reservations?|appointments?|parcels?|packages?|purchases?|classes)\b|\bi (?:booked|bought|ordered)\b/i;
/** An API of the user's own things (「查看我的船票：…」「查询当前用户的预约」, listMyTickets), by its name or what it says it is first. */
const OWN = /我的|我买|我订|我约|当前用户|用户的(?:订单|预约|车票|票)|\bmy\b/i;
function ownList(tool: Tool): boolean {
  // (not a word of an example further on: 「把「我」「my wife」对应到乘车人」 is no list of what was bought)
  return /^[a-z]+My[A-Z]|Mine$/.test(tool.api) || OWN.test(tool.description.split(/[：:。（(.]/)[0] ?? '');
}

/**
 * 「后天河西店那边有哪些影片」: a question of a list (films) that names a thing of another list (a
 * cinema) the first cannot be asked by, is answered by the one list that takes both (the showings):
 * what is on there, not everything that is on.
 */
function listTakingNamed(top: Tool | undefined, tools: Tool[], listsNamed: (tool: Tool) => boolean, acting: boolean): Tool | undefined {
  if (acting || !top || !readsOnly(top)) return undefined;
  const named = tools.filter((list) => list.id !== top.id && readsOnly(list) && listsNamed(list));
  const takes = (tool: Tool, list: Tool) => idParams(tool, tools).some((p) => p.source === list.api);
  // (a list that itself takes the top one's IDs, the showings naming their cinemas, is where the answer is, not what is named)
  const apart = named.filter((list) => !takes(top, list) && !takes(list, top));
  if (apart.length !== 1) return undefined;
  const both = tools.filter((t) => t.id !== top.id && readsOnly(t) && takes(t, apart[0]!) && takes(t, top));
  return both.length === 1 ? both[0] : undefined;
}

/**
 * A question of when or what is left that names a thing a list gives (a film of `searchFilms`)
 * asks about what that thing leads to (its showtimes): the one read-only API that takes the named
 * list's ID answers it. A question of price is answered by the list that names the prices.
 */
const ASKS_WHEN_OR_LEFT = /几点|什么时候|时间|场次|哪天|还有|余|上映|放映|在放|when|what time|times|showtimes|schedule|available|availability|left|sessions|\b(?:showing|playing|screening)\b|\b(?:is|are)\b[^?,.]{1,40}\bon\b/i;
/** Of a thing described rather than named, only when it is on: 「还有哪些片子」 asks for the things themselves. */
const ASKS_WHEN = /几点|什么时候|场次|哪天|有场|\b(?:when|what time|(?:the |what )times|showtimes|schedule|sessions)\b/i;

const IS_THERE = /有[^，,。；;？?]{1,16}(?:吗|么|嘛)|有没有|\b(?:is there|are there|do you have|any)\b/i;

function deeperList(text: string, top: Tool | undefined, tools: Tool[], catalog: ScoredCatalog, acting: boolean): Tool | undefined {
  // 「明天下午枫林店有《雪山来信》吗」: whether there is one at a time said asks about its sessions too
  // 「望京店几点关门」 asks about the store itself (its hours), not about what it leads to
  // (「平时去住…」, "on a weeknight": a class of days whose prices are asked is no time a thing is on)
  const rest = blankDayClasses(withoutAskedWords(text));
  const named = namedThing(text, catalog);
  // (「那部讲灯塔的纪录片几点有」, "the sci-fi one": of a thing described rather than named, when it is on)
  const asks = named ? ASKS_WHEN_OR_LEFT.test(rest) || (IS_THERE.test(rest) && saysWhen(rest)) : ASKS_WHEN.test(rest); // the date reading last: it costs most
  if (acting || !top || !readsOnly(top) || !asks || (named && named.appId !== top.appId)) return undefined;
  const deeper = tools.filter((t) => t.id !== top.id && readsOnly(t) && idParams(t, tools).some((p) => p.source === top.api));
  if (deeper.length === 1 || !named) return deeper.length === 1 ? deeper[0] : undefined;
  // ("Is The Lighthouse Keeper on anywhere?" of a cinema list that the showings and the snacks both take): the one that takes the thing named too
  const listing = tools.filter((t) => (catalog.apiResultNames?.(t.id) ?? []).some((name) => withParts(name).some((part) => part.toLowerCase() === named.name)));
  const ofNamed = deeper.filter((t) => idParams(t, tools).some((p) => listing.some((list) => list.api === p.source)));
  return ofNamed.length === 1 ? ofNamed[0] : undefined;
}

/** The one read-only list the lines of the acts take their things from (`items[].productId` ← a product list). */
function lineSource(acts: Tool[], tools: Tool[]): Tool | undefined {
  const sources = new Set(acts.flatMap((tool) => {
    const lines = itemArray(tool.inputSchema);
    return lines ? idParams({ ...tool, inputSchema: lines.schema }, tools).map((p) => p.source) : [];
  }));
  const lists = tools.filter((t) => sources.has(t.api) && readsOnly(t));
  return lists.length === 1 ? lists[0] : undefined;
}
