import type { Tool } from '../../catalog/index.ts';
import { findAddress, matchEnum, mentionsUsual, serviceWords, thingWords, thingsOnly, withChineseWords } from '../understand/index.ts';
import { actsApart } from './acts-apart.ts';
import { besideUsual, ofUsual } from './beside-usual.ts';
import { countsLastThing } from './count-of-last.ts';
import { enumOptions } from './fill-value.ts';
import { splitFallback } from './fallback.ts';
import type { Goal } from './memo.ts';
import { minScore, namedApp, namedThing, ownWords, routeClause, type ScoredCatalog } from './route.ts';
import { ACTION_WORDS, ANY_ONE, CHANGE_WORDS, EARLIEST, LATEST, NEGATED_ACT, NEGATED_ACT_G, QUERY_WORDS, UNDO_WORDS, asksToUndo, asksWhetherItCan, isActing, isBareAct } from './request-words.ts';
import { chooseGoalTool } from './choose-tool.ts';
import { readsOnly } from './tool-kinds.ts';
import { tellsOnceDone } from './asked-after.ts';
import { usualAsSaid } from './usual-changed.ts';
import { isPurposeClause, isWhereaboutsClause } from './reason-clause.ts';
import { askedAttributes } from '../understand/asked-attribute.ts';
import { priceCap } from '../understand/price-cap.ts';
import { schemaTells } from './attribute-fields.ts';

/** A further clause of a request that already found its service needs less to name another. */
const CLAUSE_BASE = 2.5;

const CONNECTOR = /[，,；;]\s*再(?!来|加)|(?<=[？?。！!])\s*(?=\S)|(?<=[a-z0-9][.])\s+(?=[A-Z])|(?:[，,；;。]\s*)?(?:然后再|然后|再帮我|再帮|(?<!的时候|时候能|能|可以|要|想|会)顺便|另外|并且|同时|以及|还要|, and then |, then | and then | then also | and also |, and (?=[a-z]))/i;

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
  // "cancel the booking please, something came up": an undo of what was just done, naming no thing of
  // another service, is for the mini-program that did it, whatever other words a search would match
  if (previousApp && catalog.toolsOf(previousApp).length && undoesLast(text, catalog)) return [newGoal(text, chooseGoalTool(text, previousApp, catalog))];
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
    // (the act wanted first decides it where it is one: 「…做个深度保洁；十点要是约不上就改下午一点」 is
    // a booking, whatever 「改」 in what instead would make of the whole)
    const firstAct = planGoals(fallback.first, catalog, preferences, previousApp);
    const acting = firstAct.length === 1 && !readsOnly(catalog.tool(firstAct[0]!.toolId)!) ? firstAct[0] : undefined;
    // (「海景房还有吗？没有的话园景房多少钱，先问问」: two questions of one list, asked and answered together)
    const asking = firstAct.length === 1 && !acting && !isActing(fallback.whole) ? firstAct[0] : undefined;
    if (asking) return [{ ...asking, text: fallback.whole }];
    const goals = acting ? [{ ...acting, text: fallback.whole }] : planGoals(fallback.whole, catalog, preferences, previousApp);
    const [first] = goals;
    if (goals.length !== 1 || !first || !fallback.instead) return goals;
    return [
      { ...first, answers: [fallback.first, ...first.answers], firstChoice: true },
      { ...first, args: {}, decided: [], wanted: [], answers: [fallback.instead, ...first.answers], orElse: true },
    ];
  }
  const clauses = leadIn(text.split(CONNECTOR).map((c) => c?.trim()).filter((c): c is string => !!c), catalog);
  // Each group keeps the tool chosen and the text it was chosen for: a group whose text did not grow since is not searched again.
  const groups: { text: string; appId: string; toolId: string; acting: boolean; chosen?: { tool: Tool; for: string }; askedAfter?: string }[] = [];
  const choose = (text: string, appId: string) => {
    const tool = chooseGoalTool(text, appId, catalog);
    return { toolId: tool.id, chosen: { tool, for: text } };
  };
  // 「我在上海出差，…」, "I'm in Hangzhou this week, staying near …": where the person is goes with the request after it
  let where = '';
  for (const said of clauses) {
    const last = groups[groups.length - 1];
    if (!last && isWhereaboutsClause(said, isActing) && said !== clauses.at(-1)) {
      where += `${said}，`;
      continue;
    }
    // 「…订好告诉我几点前退不扣钱」, "…and let me know the order number once it's paid": asked of what the act makes, once made
    if (last && tellsOnceDone(said)) {
      last.askedAfter = [last.askedAfter, said].filter(Boolean).join('，');
      continue;
    }
    const clause = last ? said : `${where}${said}`;
    // 「…二等座多少钱？我先问问」, "…? trying to plan dinner": what the person is up to asks no service of its own
    if (last && isPurposeClause(clause, isActing)) {
      last.text += `${joinerBefore(text, clause)}${clause}`;
      continue;
    }
    const appId = stays(clause, last, catalog) ? last?.appId : routeClause(said, catalog, last ? CLAUSE_BASE : undefined, last?.text);
    if (!appId) {
      if (last) {
        last.text += `，${clause}`;
        if (isActing(clause) && !last.acting) Object.assign(last, { acting: true, ...choose(last.text, last.appId) });
      } else if (said !== clauses.at(-1) && (isActing(clause) || ASKS_ALONE.test(clause))) {
        // ("I need somewhere to crash near X on Sunday night. Just me, … throw in breakfast."): a request said
        // before any service is named goes with the words that name one (a flight mentioned in passing does not);
        // so does a question (「能自己挑铺位吗？要两张观景舱」: asked of the service the act after it is for)
        where = `${clause}，`;
        continue;
      }
      continue;
    }
    // A clause for the same mini-program joins the last goal, unless it asks for another action of it
    // (「买一盒…，付完款再帮我把这单取消」: the undo comes after the order, as a goal of its own).
    const own = choose(clause, appId);
    // (an act after a question is the question's act, unless it takes nothing the question reads: 「…余额多少？再充50话费」)
    const lastTool = last ? catalog.tool(last.toolId) : undefined;
    // (「给我来两瓶」 counts the thing just asked about: never apart)
    // (「东港码头在哪条路上？明早八点那班给我来两张」: where a place is, its phone or its hours, asked before an act, is
    // answered on its own: the act tells none of them)
    const placeAsked = !!last && !last.acting && asksOfPlace(last.text, clause);
    const ofPlace = placeAsked && isActing(clause) && !countsLastThing(clause);
    // ("what's the phone number of the east pier? and the last sailing there tonight?": two lists, two answers)
    const placeThenOther = placeAsked && !isActing(clause) && last.toolId !== own.toolId;
    const apart = ofPlace || (!!lastTool && !last?.acting && isActing(clause) && !countsLastThing(clause) && actsApart(own.chosen.tool, lastTool, catalog.toolsOf(appId)));
    const other = asksOfOther(clause, own.chosen.tool, last?.toolId, catalog);
    // ("…on Saturday at the river studio. Can you book me in?", 「…那节，帮我约上吧」: the act alone is the act of what was said before)
    // (「我先看看，别急着买」: an act said only to be held back is none)
    const another = !isBareAct(said) && (ACTION_WORDS.test(clause.replace(NEGATED_ACT_G, ' ')) || asksToUndo(clause) || other || apart);
    // (a question after a question joins it, unless another reading API answers it: 「…多少钱？后天还有哪些时段能约」)
    if (last && last.appId === appId && !placeThenOther && (last.toolId === own.toolId || !another || (!last.acting && !apart && !other))) {
      last.text += `${joinerBefore(text, clause)}${clause}`;
      if ((!last.acting && isActing(clause)) || isBareAct(said)) {
        const chosen = choose(last.text, appId);
        // ("Any boxing on Monday night? Sign me and my sister up": a bare act after a question is done, where the whole reads as the question)
        const act = isBareAct(said) && readsOnly(chosen.chosen.tool) ? choose(clause, appId) : undefined;
        Object.assign(last, { acting: true, ...(act && !readsOnly(act.chosen.tool) ? { toolId: act.toolId, chosen: { tool: act.chosen.tool, for: last.text } } : chosen) });
      }
      // (「…到哪儿了？今天能送到不」: whether it can is asked of what the last clause's API reads)
      else if (asksWhetherItCan(clause) && last.chosen) last.chosen.for = last.text;
      continue;
    }
    // (a question of when names no thing: it is asked of the thing the question before named)
    // (and the act after a question of a place is done there: 「东港码头…在哪？…八点那班来两张」)
    const asked = last && (ofPlace || placeThenOther || (other && !ELLIPTIC.test(clause.trim()) && !thingWords(clause) && !namedThing(clause, catalog))) && last.appId === appId ? `${last.text}${joinerBefore(text, clause)}${clause}` : clause;
    groups.push({ text: asked, appId, toolId: own.toolId, chosen: { tool: own.chosen.tool, for: asked }, acting: isActing(clause) });
  }
  if (!groups.length) {
    // 「刚才那单取消吧」, "please cancel it": what names no service is about what the conversation just did there.
    const appId = routeClause(text, catalog) ?? (previousApp && refersBack(text) ? previousApp : undefined);
    if (!appId) return [];
    groups.push({ text, appId, toolId: '', acting: isActing(text) });
  }
  return groups.map((g) => ({ ...newGoal(g.text, g.chosen?.for === g.text ? g.chosen.tool : chooseGoalTool(g.text, g.appId, catalog)), ...(g.askedAfter ? { askedAfter: g.askedAfter } : {}) }));
}

/**
 * A question of its own after another request of the same mini-program (「陶艺课多少钱？那个年卡多少钱」,
 * "Book … Also how much is a pottery class?"): it names a thing of its own and is answered by
 * another of the mini-program's reading APIs, so it is a goal of its own rather than more words of the last.
 */
function asksOfOther(clause: string, tool: Tool, lastToolId: string | undefined, catalog: ScoredCatalog): boolean {
  if (!lastToolId || tool.id === lastToolId || isActing(clause) || tool.annotations?.readOnlyHint !== true) return false;
  // (「…观景舱多少钱？比普通舱贵多少」, "…? Than the basic one?": the thing before, set against another, is still the question)
  if (COMPARES_LAST.test(clause.trim())) return false;
  // (「…多少钱？<thing>呢」, "…? And the <thing>?": the same asked of another thing, one the other API lists)
  if (ELLIPTIC.test(clause.trim())) return true;
  // (a question with no word of asking, "is any of them open all night?", asks only what the other API's answer says)
  const asks = QUERY_WORDS.test(clause);
  if (!asks && !/(?:[?？]|[吗么])\s*$/.test(clause.trim())) return false;
  // (「…多少钱？后天还有哪些时段能约」: when it can be had is another question of the same thing)
  if (asks && (namedThing(clause, catalog) || thingWords(clause, { exact: true }).trim() || ASKS_OPEN.test(clause))) return true;
  // ("…price of X, and what time does it close?": what it asks (hours) only the other API's answer says)
  const last = catalog.tool(lastToolId);
  return !!last && askedAttributes(clause).some((a) => schemaTells(a, tool.outputSchema) && !schemaTells(a, last.outputSchema));
}

/**
 * A first clause that names no thing of any service, only asks or acts ("Until when can I
 * cancel for free?", 「能免费取消吗？」), is about what the next clause names: it is read with it.
 */
function leadIn(clauses: string[], catalog: ScoredCatalog): string[] {
  const [first, second, ...rest] = clauses;
  if (first === undefined || second === undefined) return clauses;
  if (namedThing(first, catalog) || namedApp(first, catalog) || thingWords(first)) return clauses;
  // (「…多少钱？<thing>呢」: a question asking the same of another thing says the first was of something else)
  if (ELLIPTIC.test(second.trim())) return clauses;
  // A question that names nothing, before a clause that names things (a hotel, a room, a film), is about
  // those things, whatever words of asking it shares with other services ("until when can I cancel for free?").
  const names = namedThing(second, catalog) || namedApp(second, catalog) || thingWords(second);
  const query = serviceWords(first);
  const best = query.trim() ? catalog.searchScored(query, 1, { withData: true })[0] : undefined;
  const strong = !!best && best.score >= minScore(catalog.size);
  // (「东港店晚上几点关门？下周一早上有陶艺课吗」: a question the service of the next fits well already is one of its own)
  if (strong && best.tool.appId === catalog.searchScored(serviceWords(second), 1, { withData: true })[0]?.tool.appId) return clauses;
  if (/[?？]\s*$/.test(first) && names) return [`${first} ${second}`, ...rest];
  if (strong) return clauses;
  return [`${first} ${second}`, ...rest];
}

/**
 * How a clause joins the one before in the same goal: as a sentence of its own where the request
 * began it as one (「…我自己去拿；另外从…送个…」 keeps its 「；」, which tells one act's details from
 * another's), else with a comma.
 */
function joinerBefore(text: string, clause: string): string {
  const at = text.indexOf(clause);
  return at > 0 && /(?:[；;。！!？?]|另外|此外)\s*[，,]?\s*$/.test(text.slice(0, at)) ? '；' : '，';
}

/** A question that says only the thing it is now asked of: 「盒饭呢」, "And the tea?", "What about the inn?". */
const ELLIPTIC = /^[^，,。；;]{1,12}呢\s*[?？]?$|^(?:and|what about|how about)\b[^?]{1,40}\?$/i;

/** A clause that sets the thing just asked about against another (「比普通舱贵多少」「跟周末比呢」, "than the basic one?", "compared with Sunday?"). */
const COMPARES_LAST = /^(?:那|那么|它|这个|那个)?(?:比|比起|相比|跟|和|与)[^，,。；;？?]{1,16}?(?:比|相比|比起来)?(?:贵|便宜|差|多|少|高|低|划算|值)|^(?:比起|相比)|^(?:and\s+)?(?:(?:how much )?(?:more|less|cheaper|dearer)\s+)?(?:than|compared (?:with|to)|versus|vs\.?)\b/i;

/** A clause that is a question and nothing else (「能自己挑铺位吗？」, "Can I pick my berth?"). */
const ASKS_ALONE = /(?:[?？]|[吗么嘛])\s*$/;

/** A choice among what the clause before named: "the cheaper one", 「便宜的那个」, 「其中一个」. */
const CHOOSES_AMONG_LAST = /\bthe \w+(?:er|est) (?:one|of the two|of them)\b|\b(?:either|one) of them\b|\bthe (?:first|second|other|last) one\b|[便贵大小快慢近远早晚宜][一]?[的点些]?那[个款种家盒份杯]|其中[一二两]?[个款种]?/i;

/**
 * One of the thing the clause before named, said by what sets it apart and "one" for the thing
 * ("the Sunday evening one at the river branch", "the 7pm one"; 「周日晚上河边那场」): the same thing,
 * whatever a place or a verb in it fits elsewhere. ("one ticket", "one of …" count; they point nowhere.)
 */
const ONE_OF_LAST = /\b(?:the|that|this)\s+(?:[\w'’:.-]+\s+){0,4}one(?=\s*$|\s*[,.?!;]|\s+(?:at|in|on|with|from|near|by|that|which|get|gets|let|lets|end|ends|finish|finishes|start|starts|begin|begins|is|was|will|would|does|do|please|still)\b)|[^\s，,。？?；;那]那一?[场节班趟](?!\p{Script=Han}?人)/iu;

/** Words that point back at what was just done (「刚约的那节」「那单」, "cancel it", "that booking"), or undo or change it. */
const BACK_REFERENCE = /刚才|刚刚|刚[约订买下点挂交寄办预]|[那这上]一?[单笔节张场个次](?!人)|\b(?:it|that one|this one|that booking|that order|the booking|the order|my booking|my order)\b/i;

/** An undo that points back at what was done (「刚才那单取消吧」, "cancel the booking") and names no service or thing. */
function undoesLast(text: string, catalog: ScoredCatalog): boolean {
  return asksToUndo(text) && BACK_REFERENCE.test(text) && !namedApp(text, catalog) && !namedThing(text, catalog) && !thingWords(text, { exact: true });
}

/** Whether a request names nothing of its own but what the conversation just did (to undo or change it). */
export function refersBack(text: string): boolean {
  return BACK_REFERENCE.test(text) || UNDO_WORDS.test(text) || CHANGE_WORDS.test(text);
}

/** A clause that gives a detail by its label: a name, a phone number, an address (「收件人…」, "her name is …"). */
const GIVES_DETAILS = /^(?:(?:his|her|their|my|the)\s+)?(?:name|phone|number|mobile|cell|address)\b|^(?:收件人|联系人|姓名|电话|手机|地址)|^[他她]的?(?:名字|电话|手机|号码|地址)|^[他她]叫|^\+?\d[\d\s-]{9,}$/i;

/** A pronoun for what was just named ("it", "they", 「它」). */
const POINTS_BACK = /\b(?:it|its|they|them)\b|它/i;
/** Asking what the things just asked about are called (「分别叫什么」「都叫啥名字」, "what are they called?"). */
const NAMES_ASKED = /^(?:那|那些|这些|它们)?(?:分别|都|各)?叫(?:什么|啥)(?:名字)?|^(?:那|那些|这些)?(?:分别|都)?是?(?:什么|啥)名字|\bwhat (?:are|is) (?:they|it|those|these|that|each) called\b|\bwhat'?s (?:it|its|their|each one'?s) names?\b|\bwhat are their names\b/i;

/** A correction in the middle of a request: 「哦不对」「不对，还是」, "actually", "no wait", "I mean". */
const CORRECTION = /[，,。.]?\s*(?:(?:哦|噢|啊|呃)?不对[，,]?\s*(?:还是|应该是)?(?:换成|改成)?|不是不是[，,]?|(?:,\s*)?(?<=^|[,.;!?—–]\s*)\b(?:actually|no wait|wait no|sorry|i mean)\b,?\s*(?:make it|change it to|change that to)?)/i;

/** A clause that goes on from the last one: a condition on it (「有的话来一张」「合适的话…」), "if so, …". */
const CONTINUES = /^(?:(?:如果|要是|假如)?[^，,。？?]{0,6}的话|那就|那么|那(?=[^么]{0,2}[吧的])|就(?!是)|if (?:so|there|it|they|that|yes)\b|(?:and )?then\b)/i;

/** Whether a clause or a reply goes on from what came before (「那就我自己去吧」, 「有的话来一张」). */
export function continuesLast(text: string): boolean {
  return CONTINUES.test(text.trim());
}

/** A clause that says only a length, a size or a count, and that it will do ("Two hours is enough", 「七十平左右」). */
/** A question of which times or days can still be had (「还有哪些时段能约」, "which slots are open on Sunday?"), not of when a thing is. */
const ASKS_OPEN = /哪几?个?时间|哪些时间|什么时间|时间段|时段|还能约|能约|有空|\bwhich (?:[a-z]+ )?(?:times?|slots?|days?|dates?)\b|\b(?:time )?slots?\b|\bopenings?\b|\bavailab(?:le|ility)\b|\bstill (?:free|open)\b/i;
/** A question of when, and of nothing else: which times are open, or when it is (「几点」, "when"). */
const ASKS_WHEN = new RegExp(`${ASKS_OPEN.source}|几点|什么时候|哪天|哪几天|\\bwhat times?\\b|\\bwhen\\b`, 'i');

/** Whether a question asks where a place is, its phone or its hours, and what follows asks none of it. */
function asksOfPlace(question: string, act: string): boolean {
  const asked = askedAttributes(question);
  return asked.some((attribute) => attribute === 'address' || attribute === 'phone' || attribute === 'hours') && !askedAttributes(act).length;
}

/** A question of which one (「哪家」「哪一个」, "which one", "which of them"). */
const WHICH_OF = /哪(?:一)?[家个间边款场位趟班节]|\bwhich (?:one|of them|of the|store|shop|branch)\b/i;
/** A question of what there is and what it costs, and of nothing else (「都有啥，各多少钱」, "what have you got and how much?"). */
const WHAT_AND_PRICE = /^(?:那|那都|都|分别|一共)?(?:有(?:些|哪些)?(?:啥|什么)(?:东西|可选的?)?|卖(?:些)?(?:啥|什么)|都是(?:啥|什么))?[，,、\s]*(?:(?:各|分别|都|一般)?(?:多少钱|啥价(?:格|位)?|什么价(?:格|位|钱)?|价格(?:多少|如何|怎么样)?|贵不贵))?[吗呢啊呀哈嘛？?。！!\s]*$|^(?:and\s+)?(?:what(?:'s| is| do you| have you)?\s*(?:there|have|got|on offer|sell)?\s*(?:and\s+)?)?(?:how much(?:\s+(?:are|is|do)\s+(?:they|it|each|those|these)(?:\s+cost)?)?)?\s*[?.!]*$/i;

/** A charge on an order (「运费」「配送费」, "delivery fee"), asked of the order just spoken of. */
const FEE = /运费|配送费|邮费|快递费|服务费|手续费|打包费|退票费|上门费|\b(?:delivery|shipping|service|booking|cleaning|cancellation) fee\b/i;

/** The one spoken to, as the owner of what is asked about (「你们家」「你们店」, "your stores"). */
const YOURS = /你们|你家|贵店|\byour\b/i;

const SAYS_MEASURE_ONLY = /^(?:(?:just|only|about|around|roughly|maybe)\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|half an?)\s*(?:-\s*)?(?:hours?|hrs?|h|minutes?|mins?|square met(?:er|re)s?|sqm|m2|㎡|people|persons|of us)\b[^,.;!?]{0,30}[.!]?$|^(?:大概|大约|就|只要)?[\d一二两三四五六七八九十半]+(?:个)?(?:小时|钟头|平米?|平方米?|㎡|个人|位)(?:左右|上下)?(?:就够了?|就行了?|就好|够了|足够了?)?[。！!]?$/i;

/**
 * A further clause that names no mini-program and fits the last one about as well as any
 * other (「…多少钱？帮我订明天晚上7点的」) continues it: only a clause that clearly fits
 * another service starts a goal there (「…，再叫个车」). An action after a request that was
 * no question is a second request, unless the last mini-program is where it fits best: the
 * names two services share (a place, a district) do not make one do the other's job.
 */
export function stays(clause: string, last: { appId: string; text: string } | undefined, catalog: ScoredCatalog): boolean {
  if (!last || namedApp(clause, catalog)) return false;
  if (CONTINUES.test(clause) || CHOOSES_AMONG_LAST.test(clause)) return true;
  // "…any indoor cycling class tomorrow? sign me up for it": an act of nothing it names is the act of what was just said
  if (isBareAct(clause)) return true;
  if (ONE_OF_LAST.test(clause) && !thingWords(clause, { exact: true })) return true;
  // "…to a friend here in Shanghai. Her name is Lily Wang, 136…": details of the request before, whatever a name in them fits
  if (GIVES_DETAILS.test(clause.trim()) && !isActing(clause)) return true;
  // 「…哪些分店有四人间？都叫什么名字？」: the names of the things just asked about
  if (NAMES_ASKED.test(clause.trim()) && !thingWords(clause) && !namedThing(clause, catalog)) return true;
  // "…shows delivered. what time was it signed for?": a question about it, naming nothing of its own, asks about the last clause's thing
  if (POINTS_BACK.test(clause) && !isActing(clause) && !thingWords(clause) && !namedThing(clause, catalog)) return true;
  // 「付完款再帮我取消掉，行程可能要变」: an undo that names no thing of its own undoes what the last clause did
  if (asksToUndo(clause) && !thingWords(clause)) return true;
  // "Only book it if the total stays under 450", 「要是低于600就帮我订」: a price limit that names no thing limits the request before
  if (priceCap(clause) !== undefined && !thingWords(clause) && !namedThing(clause, catalog)) return true;
  // 「只问价，先别下单」, "just the price, don't book it": a limit on the request before, not another request.
  if (NEGATED_ACT.test(clause) && !ACTION_WORDS.test(clause.replace(NEGATED_ACT_G, ''))) return true;
  // 「我去店里拿」, "I'll pick it up": a way of doing it the last mini-program offers, said on its own.
  if (!thingWords(clause) && saysOptionOf(clause, catalog.toolsOf(last.appId))) return true;
  // 「…今天能来人吗？越早越好」, "as late as you can": when, of the request before
  if ((EARLIEST.test(clause) || LATEST.test(clause)) && !thingWords(clause) && !namedThing(clause, catalog)) return true;
  // 「上午哪个点还能约就约哪个」, "whichever is free": the choice left to the assistant, of the request before
  if (ANY_ONE.test(clause) && !thingWords(clause) && !namedThing(clause, catalog)) return true;
  // 「…那两家店几点关门？我九点半才下班，还赶得上哪家」: which of those just asked about, naming none of its own
  if (WHICH_OF.test(clause) && !isActing(clause) && !namedThing(clause, catalog) && !thingsOnly(thingWords(clause, { exact: true }))) return true;
  // "…Tylenol? And is any of your Shanghai stores open all night?": "your" is the one just spoken to
  if (YOURS.test(clause) && !namedThing(clause, catalog) && !thingsOnly(thingWords(clause, { exact: true }))) return true;
  // 「…到哪儿了？今天能送到不」, "will it arrive today?": whether the thing just asked about can, asked for nobody, naming nothing
  if (asksWhetherItCan(clause) && !thingsOnly(thingWords(clause)) && !namedThing(clause, catalog) && !countsLastThing(clause) && !findAddress(clause)) return true;
  // 「…能送两盒X到…吗？运费要多少」, "what's the delivery fee?": a charge of the last clause's order, that its own APIs speak of
  const fee = FEE.exec(clause)?.[0];
  if (fee && !isActing(clause) && !namedThing(clause, catalog) && catalog.toolsOf(last.appId).some((tool) => tool.description.toLowerCase().includes(fee.toLowerCase()))) return true;
  // 「…多少钱？后天还有哪些时段能约」: when, of the thing just asked about, names nothing of another service
  if (ASKS_WHEN.test(clause) && !isActing(clause) && !thingWords(clause) && !namedThing(clause, catalog)) return true;
  // 「坐轮渡的时候能买点吃的不？都有啥，各多少钱」: what there is and its price, naming nothing, asks of the last clause's thing
  if (clause.trim() && WHAT_AND_PRICE.test(clause.trim())) return true;
  // "Two hours is enough.", 「三个小时就够」: how long, how big or how many, and nothing else: a detail of the request before
  if (SAYS_MEASURE_ONLY.test(clause.trim()) && !isActing(clause) && !QUERY_WORDS.test(clause) && !/[?？]/.test(clause) && !namedThing(clause, catalog)) return true;
  // 「再要两盒，寄到…」: a count of things that names none is a count of the thing just named
  const counted = countsLastThing(clause);
  if (counted && !thingsOnly(thingWords(counted.rest)) && !namedThing(counted.rest, catalog)) return true;
  // What the clause asks for decides, not the words it shares with the last clause (a place both
  // a café and a ride know: 「枫林店自取…，再叫个车从枫林到…」) nor the names results list.
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

export function newGoal(text: string, tool: Tool, usual?: Record<string, unknown>): Goal {
  return { text, toolId: tool.id, args: {}, decided: [], answers: [], status: 'open', attempts: 0, wanted: [], ...(usual ? { usual } : {}) };
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
  if (!tool) return undefined;
  // 「老样子来一杯，再带一杯冰的乌龙」: another thing ordered beside the usual is a line of its own, and its options are its own
  const beside = besideUsual(text, tool, catalog);
  // 「老样子，不过换成冰的」: what is said now of the usual's options replaces what is remembered
  const goal = newGoal(text, tool, usualAsSaid(chosen.prefs, tool, beside ? ofUsual(text, beside) : text));
  return beside ? { ...goal, besideUsual: beside } : goal;
}
