import type { Tool } from '../../catalog/index.ts';
import type { JsonSchema } from '../../package/index.ts';
import type { Planner, PlannerInput, PlannerStep, Transcript } from '../planner.ts';
import { afterLeadingNo, isNegative, matchEntities, mentionsUsual, settledReply, type DateTimeReference } from '../understand/index.ts';
import { aboutNamed } from './about-named.ts';
import { agreementParam } from './agreement.ts';
import { answerAlong, asksAlong } from './answer-along.ts';
import { answeredCopy, applyAnswer } from './answers.ts';
import { boundsNotice, outOfBounds } from './bounds.ts';
import { fillArgs, type FillEnv, type FillNeed } from './fill-args.ts';
import { chooseGoalTool } from './choose-tool.ts';
import { entitiesIn } from './entities.ts';
import { continuesLast, planGoals, newGoal } from './goals.ts';
import { asksToUndo, isActing } from './request-words.ts';
import { namedApp, routeClause, type ScoredCatalog } from './route.ts';
import { isUndoLike, readsOnly } from './tool-kinds.ts';
import { splitActs } from './split-acts.ts';
import { redoesFailed } from './redo.ts';
import { splitRebook } from './rebook.ts';
import { mentionedParams } from './mentioned-params.ts';
import { applyAfterthought, splitAfterthought } from './afterthought.ts';
import { capabilities, quote } from './capabilities.ts';
import { idParams } from './id-sources.ts';
import { emptyMemo, type Ask, type Goal, type LocalMemo } from './memo.ts';
import { factOf } from './phrasing.ts';
import { asksAboutRules, ruleLines } from './policy.ts';
import { questionFor } from './questions.ts';
import { scalarParams, setPath } from './schema-paths.ts';

/**
 * Whether a message that does not answer the question asked says more of the request it was
 * asked for: it names no other mini-program, and neither acts nor asks about another one.
 */
function moreOfTheSame(goal: Goal, text: string, catalog: ScoredCatalog, asked?: Ask): boolean {
  const appId = goal.toolId.split('.')[0];
  const named = namedApp(text, catalog);
  if (named && named !== appId) return false;
  // asked to agree to a fee, what is not a yes is not more of it (「帮我改到周日吧」 is a request of its own)
  if (asked?.kind === 'agree' || asksToUndo(text) || GREETING.test(text.trim())) return false;
  // "The cycling one - book me in", 「最便宜的那个」: a pick among what was offered, whatever else its words name
  if (asked?.kind === 'entity' && PICKS_ONE.test(text)) return true;
  const routed = routeClause(text, catalog);
  if (routed && routed !== appId && (isActing(text) || /[?？]|吗\s*$|\b(?:what|which|how|when|where)\b/i.test(text))) return false;
  // 「下午那场」: anything the request's own mini-program can read is kept; what it cannot is asked again
  return true;
}

/**
 * A message after a list the last request ended with (「找到 2 件商品：…」), that names what the list
 * named ("Xujiahui store, 3 packs of the surgical ones") or nothing any service offers, goes on with
 * that request: the request and the message are read together, in its mini-program.
 */
function followsList(memo: LocalMemo, text: string, input: PlannerInput, catalog: ScoredCatalog): Goal | undefined {
  const last = memo.goals[memo.goals.length - 1];
  const tool = last && last.status === 'done' ? catalog.tool(last.toolId) : undefined;
  if (!last || !tool || !readsOnly(tool) || !memo.goals.every((g) => g.status === 'done' || g.status === 'dropped')) return undefined;
  const appId = tool.appId;
  const named = namedApp(text, catalog);
  if ((named && named !== appId) || isNegative(text) || asksToUndo(text)) return undefined;
  const from = input.transcript.map((t) => t.role).lastIndexOf('user');
  const before = input.transcript.slice(0, from).map((t) => t.role).lastIndexOf('user');
  const listed = input.transcript.slice(before + 1, from)
    .flatMap((t) => (t.role === 'tool-result' && t.toolId.startsWith(`${appId}.`) ? entitiesIn(t.structuredContent) : []));
  // what the list named decides (「那就KN95的拿三包，我自己去拿」 is no ride); else only what no service offers goes on with it
  if (!matchEntities(text, listed).length && (GREETING.test(text.trim()) || routeClause(text, catalog))) return undefined;
  // what the message does (「那就KN95的拿三包」 orders) decides the API; the list's request still says what of
  const whole = `${last.text}，${text}`;
  return newGoal(whole, chooseGoalTool(isActing(text) ? text : whole, appId, catalog));
}

/** A pick of one of several offered: "the cycling one", 「下午那场」「便宜的那个」. */
const PICKS_ONE = /\bthe [\w' -]{1,24}? ones?\b|[^，,。？?]{1,10}?的?那[个场节家间款张班趟位]/i;

/** Asking to call the whole thing off (「不要了」「取消吧」), not to change it. */
const UNDO_REQUEST = /^(不要了|算了|取消|取消吧|不用了|cancel|never ?mind)/i;

/** A greeting that also asks for something (「你好，帮我点杯咖啡」) is a request, not small talk. */
const ACTION_HINT = /帮我|我要|我想|订|买|点|叫|查|交|寄|挂|order|book|buy|pay|send|track|get me/i;
const GREETING = /^(你好|您好|嗨|hi|hello|hey)\b|你(能|会)(做|干)什么|有什么(功能|服务)|能帮我做什么|what can you do|help me\??$|^help$/i;

/**
 * The planner that needs no model: it reads the request against what the catalog holds
 * (descriptions, schemas, enum glosses, ID sources) and what results return, and asks
 * the user for what it cannot find. It knows no mini-program by name.
 */
export class LocalPlanner implements Planner {
  readonly name = 'local' as const;

  async next(input: PlannerInput): Promise<PlannerStep> {
    const memo = normalise(input.memo);
    const fresh = input.transcript.slice(memo.cursor);
    const lang = input.user.lang === 'en' ? 'en' : 'zh';
    const catalog = input.catalog as ScoredCatalog;
    const said: string[] = [];
    const step = (s: PlannerStep): PlannerStep => {
      memo.cursor = input.transcript.length;
      const text = [...said, s.type === 'reply' ? s.text : ''].filter(Boolean).join('\n');
      if (s.type === 'reply') return { ...s, text, memo };
      const say = [...said, s.say ?? ''].filter(Boolean).join('\n');
      return { ...s, memo, ...(say ? { say } : {}) };
    };

    const fact = (content: string, toolId?: string, isError = false) =>
      factOf(content, { lang, isError, apis: toolId ? catalog.toolsOf(toolId.split('.')[0] ?? '').map((t) => t.api) : [] });
    this.#observe(memo, fresh, said, fact, (id) => catalog.tool(id), { now: input.clock.now(), timeZone: input.clock.timeZone });
    const userIndex = fresh.map((t) => t.role).lastIndexOf('user');
    const userText = userIndex >= 0 ? (fresh[userIndex] as Extract<Transcript, { role: 'user' }>).text : undefined;
    const answered = fresh.slice(userIndex + 1).filter((t): t is Extract<Transcript, { role: 'tool-result' }> => t.role === 'tool-result');
    if (userIndex >= 0 && answered.length && !memo.goals.some((g) => g.status === 'called')) {
      // A tap on a card already ran its API: report what it says.
      const last = answered[answered.length - 1]!;
      return step({ type: 'reply', text: fact(last.content, last.toolId, last.isError), awaitUser: false, done: true });
    }
    if (userText !== undefined) {
      const handled = this.#onUserText(memo, userText, input, catalog, lang);
      if (handled) return step(handled);
    }
    for (const goal of memo.goals) {
      // what instead waits until what was wanted first has failed
      if (goal.status !== 'open' || goal.orElse) continue;
      const tool = catalog.tool(goal.toolId);
      if (!tool) {
        goal.status = 'dropped';
        continue;
      }
      const next = this.#advance(goal, tool, memo, input, catalog, lang);
      if (next) return step(next);
    }
    if (said.length) return step({ type: 'reply', text: '', awaitUser: false, done: true });
    return step({ type: 'reply', text: lang === 'en' ? 'Done.' : '好的，已办完。', awaitUser: false, done: true });
  }

  /** Reads what happened since the last step: results of our calls, the hub's notes. */
  #observe(memo: LocalMemo, fresh: Transcript[], said: string[], fact: (content: string, toolId?: string, isError?: boolean) => string, toolOf: (id: string) => Tool | undefined, ref: DateTimeReference): void {
    const goal = memo.goals.find((g) => g.status === 'called' || g.status === 'open');
    const results = fresh.filter((t): t is Extract<Transcript, { role: 'tool-result' }> => t.role === 'tool-result');
    if (memo.resolving) {
      const result = results.find((r) => r.toolId === memo.resolving?.toolId);
      const target = memo.goals[memo.resolving.goal];
      if (result?.isError && target) {
        said.push(fact(result.content, result.toolId, true));
        target.asking = { params: [], kind: 'value' };
      }
      if (result) memo.resolving = undefined;
    }
    if (!goal || goal.status !== 'called') return;
    const own = results.find((r) => r.toolId === goal.toolId);
    if (!own) return;
    const instead = memo.goals[memo.goals.indexOf(goal) + 1];
    if (own.isError) {
      const missing = mentionedParams(own.content, goal);
      goal.status = 'open';
      if (missing.length && goal.attempts < 3) {
        goal.wanted.push(...missing);
        return;
      }
      said.push(fact(own.content, own.toolId, true));
      // the first choice cannot be had (sold out, full): the user is told why, and what they said instead is done
      if (instead?.orElse && instead.status === 'open') {
        goal.status = 'dropped';
        instead.orElse = undefined;
        return;
      }
      goal.asking = { params: [], kind: 'value' };
      goal.failed = true;
      return;
    }
    const after = results.slice(results.indexOf(own) + 1).filter((r) => !r.isError);
    const final = after[after.length - 1] ?? own;
    const tool = toolOf(goal.toolId);
    // a question about one of the things listed hears that thing's line, not the whole list
    const about = final === own && tool && readsOnly(tool) && !isActing(goal.text) ? aboutNamed(own.content, own.structuredContent, [...goal.answers, goal.text], ref) : undefined;
    const told = (about && fact(about, final.toolId)) || fact(final.content, final.toolId);
    // a result with nothing for the user says nothing: the turn ends with the plain 「好的，已办完」, never silence
    if (told) said.push(told);
    const agree = tool && final === own ? agreementParam(tool, goal.args, own.content) : undefined;
    // The API asks the user to agree first (a fee): their yes sets the flag and it is called again.
    goal.status = agree ? 'open' : 'done';
    if (agree) goal.asking = { params: [agree], kind: 'agree' };
    // the first choice was had: what instead is not wanted
    if (!agree && instead?.orElse) instead.status = 'dropped';
  }

  /** A new user message: an answer to our question, a refusal, or a new request. */
  #onUserText(memo: LocalMemo, said: string, input: PlannerInput, catalog: ScoredCatalog, lang: 'zh' | 'en'): PlannerStep | undefined {
    let goal = memo.goals.find((g) => g.status === 'open' && g.asking);
    // an answer that changes its mind midway (「两张……哦不对，那就三张」) is what it settles on
    let text = goal ? settledReply(said) : said;
    if (goal?.failed && !this.#amends(goal, text, catalog)) {
      // A failed call is not tried again on whatever the user says next: only on an amendment.
      goal.status = 'dropped';
      goal.asking = undefined;
      goal = undefined;
      text = said;
    }
    if (goal?.asking) {
      // 「违约金就违约金吧，取消」: asked to agree to what an undo costs, saying the undo again is the yes
      const undoing = catalog.tool(goal.toolId);
      if (goal.asking.kind === 'agree' && undoing && isUndoLike(undoing) && asksToUndo(text) && !/不(?:取消|退)|别(?:取消|退)|don'?t cancel/i.test(text)) {
        const flag = goal.asking.params[0] ?? '';
        setPath(goal.args, flag, true);
        goal.decided.push(flag);
        goal.asking = undefined;
        return undefined;
      }
      if (isNegative(text)) {
        // 「不用，我自己过去拿」: a no that goes on to answer the question is that answer
        if (this.#answersAfterNo(goal, afterLeadingNo(text), input, catalog)) return undefined;
        goal.status = 'dropped';
        goal.asking = undefined;
        return undefined;
      }
      const tool = catalog.tool(goal.toolId);
      const ask = goal.asking;
      goal.asking = undefined;
      if (tool) {
        if (!ask.params.length) {
          goal.args = {};
          goal.decided = [];
          goal.wanted = [];
        }
        // 「去公司那边。对了，冰箱也擦一下」: the answer, then what is added to the request, read when it goes on
        const { answer, afterthought } = ask.params.length ? splitAfterthought(text) : { answer: text };
        const parted = afterthought ? answeredCopy(goal, ask, answer, schemaLookup(tool), valueContext(input, [answer])) : undefined;
        if (parted) return void Object.assign(goal, { args: parted.args, decided: parted.decided, answers: [afterthought, ...parted.answers], afterthought });
        if (ask.params.length) goal.alsoSaid = text;
        const ok = applyAnswer(goal, ask, text, schemaLookup(tool), valueContext(input, [text]));
        if (ok || ask.params.length === 0) return undefined;
        if (ask.narrowed) {
          // 「明天的」「国贸的」: the answer left some of those offered; the question is asked again among them
          goal.asking = { ...ask, narrowed: undefined };
          return undefined;
        }
        // 「2小时的就够」 to a question about the time, "Guomao please" to one about how many: not the answer,
        // but more of the same request; it is read with the request, and what is still missing asked again
        if (moreOfTheSame(goal, text, catalog, ask)) return undefined;
        goal.answers.shift();
      }
    }
    if (goal && isNegative(text)) return undefined;
    const amended = this.#amendPending(memo, text, input, catalog);
    if (amended) return undefined;
    if (GREETING.test(text.trim()) && !ACTION_HINT.test(text)) {
      memo.goals = [];
      return { type: 'reply', text: capabilities(catalog, lang), awaitUser: false, done: true };
    }
    // 「那从静安寺店送吧」 after 「…缺货，未下单」: what could not be done is done with what is said now
    const follow = redoesFailed(memo, text, catalog) ?? followsList(memo, text, input, catalog);
    if (follow) {
      memo.goals = [follow];
      memo.resolving = undefined;
      return undefined;
    }
    memo.lastApp = memo.goals[memo.goals.length - 1]?.toolId.split('.')[0] ?? memo.lastApp;
    const made = [...memo.goals].reverse().find((g) => g.status === 'done');
    memo.goals = planGoals(text, catalog, mentionsUsual(text) ? input.user.preferences ?? {} : {}, memo.lastApp).flatMap((goal) => (goal.usual || goal.firstChoice || goal.orElse ? [goal] : splitActs(goal, catalog).flatMap((g) => splitRebook(g, made, catalog))));
    memo.resolving = undefined;
    if (memo.goals.length) return undefined;
    // 「不用了，谢谢」 with nothing open ends the conversation; it is not a request nothing serves.
    if (isNegative(text)) return { type: 'reply', text: lang === 'en' ? 'OK.' : '好的。', awaitUser: false, done: true };
    if (GREETING.test(text.trim()) || text.trim().length <= 4) return { type: 'reply', text: capabilities(catalog, lang), awaitUser: false, done: true };
    return {
      type: 'reply',
      text: lang === 'en'
        ? `Sorry, none of the services here can do "${quote(text)}" yet. ${capabilities(catalog, lang)}`
        : `抱歉，目前没有服务能办「${quote(text)}」。${capabilities(catalog, lang)}`,
      awaitUser: false,
      done: true,
    };
  }

  /**
   * A change to an order still waiting for the user's confirmation (「改成3个小时」「换成热的」):
   * the hub has set the old one aside unpaid; the goal is made again with the change read
   * first, and the user confirms the new order. Where the skill has an update API, it is used
   * through the same goal choice; here there is none to prefer, so it is cancel-and-redo.
   */
  #amendPending(memo: LocalMemo, text: string, input: PlannerInput, catalog: ScoredCatalog): boolean {
    const at = input.transcript.map((t) => t.role).lastIndexOf('user');
    const declined = input.transcript.slice(at + 1).some((t) => t.role === 'hub' && /declined order/i.test(t.text));
    const last = [...memo.goals].reverse().find((g) => g.status === 'done');
    if (!declined || !last || isNegative(text) || UNDO_REQUEST.test(text)) return false;
    const appId = routeClause(text, catalog);
    if (appId && appId !== last.toolId.split('.')[0]) return false;
    Object.assign(last, { status: 'open', args: {}, decided: [], wanted: [], attempts: 0, asking: undefined, failed: undefined, answers: [text, ...last.answers] });
    memo.goals = [last];
    memo.resolving = undefined;
    return true;
  }

  /** Applies what follows a leading no as the answer to the goal's question; false where it answers nothing. */
  #answersAfterNo(goal: Goal, rest: string, input: PlannerInput, catalog: ScoredCatalog): boolean {
    const tool = catalog.tool(goal.toolId);
    const ask = goal.asking;
    if (!rest || !tool || !ask?.params.length) return false;
    const answered = answeredCopy(goal, ask, rest, schemaLookup(tool), valueContext(input, [rest]));
    if (!answered) return false;
    Object.assign(goal, { args: answered.args, decided: answered.decided, answers: answered.answers, asking: undefined });
    return true;
  }

  /** Whether a message after a failure amends the failed goal (a value for it), rather than asking anew. */
  #amends(goal: Goal, text: string, catalog: ScoredCatalog): boolean {
    if (isNegative(text) || (GREETING.test(text.trim()) && !ACTION_HINT.test(text))) return false;
    if (continuesLast(text)) return true;
    const appId = routeClause(text, catalog);
    if (!appId) return true;
    return appId === goal.toolId.split('.')[0] && !isActing(text);
  }

  /** The next step for one goal: a source call, a question, or the goal call itself. */
  #advance(goal: Goal, tool: Tool, memo: LocalMemo, input: PlannerInput, catalog: ScoredCatalog, lang: 'zh' | 'en'): PlannerStep | undefined {
    if (goal.since === -1) goal.since = input.transcript.length;
    if (goal.asking) return { type: 'reply', text: questionFor(goal.asking, schemaLookup(tool), lang), awaitUser: true };
    // 「电影票可以退吗」: a question about the rules is answered by what the skill says of them
    const rules = goal.attempts === 0 && asksAboutRules(goal.text) ? this.#rules(tool, catalog, lang) : '';
    // (a question and nothing after it: 「…可以退吗？」, "Can I cancel a booking?")
    if (rules && (!isActing(goal.text) || /^[^?？]*(?:[?？]|吗|么)\s*$/.test(goal.text))) {
      goal.status = 'done';
      return { type: 'reply', text: rules, awaitUser: false, done: true };
    }
    const goalIndex = memo.goals.indexOf(goal);
    const env = this.#env(tool, goal, input, catalog);
    if (goal.afterthought) applyAfterthought(goal, goal.afterthought, env);
    if (goal.alsoSaid) applyAfterthought(goal, goal.alsoSaid, env, { defaultsOnly: true });
    Object.assign(goal, { afterthought: undefined, alsoSaid: undefined });
    const need = fillArgs(goal, env);
    // A number the API does not take (20 where at most 10 are sold at once, a parcel past the weight limit)
    // is the user's to change, not the API's to refuse, and is told before anything else is asked.
    const over = outOfBounds(goal.args, tool.inputSchema);
    if (over) {
      Object.assign(goal, { failed: true, asking: { params: [], kind: 'value' } });
      return { type: 'reply', text: boundsNotice(over, schemaLookup(tool)(over.path), lang), awaitUser: true };
    }
    if (need.type === 'ready') {
      goal.status = 'called';
      goal.attempts++;
      // A question asked beside the act (「…多少钱？合适的话订…」) is answered before it, from the lists read on the way.
      const answer = goal.attempts === 1 && !goal.firstChoice && asksAlong(goal.text) && isActing(goal.text)
        ? answerAlong(goal, tool, catalog.toolsOf(tool.appId), input.transcript).map((line) => factOf(line, { lang, apis: tool.siblings })).filter(Boolean).join('\n')
        : '';
      const say = [...(goal.attempts === 1 ? goal.notices ?? [] : []), answer, rules].filter(Boolean).join('\n');
      return { type: 'call', toolId: tool.id, arguments: structuredClone(goal.args), ...(say ? { say } : {}) };
    }
    if (need.type === 'ask') {
      const asked = this.#ask(goal, tool, need, lang);
      if (asked) return asked;
      return this.#advance(goal, tool, memo, input, catalog, lang);
    }
    // Call the API that supplies the ID, its own arguments read from the same request; when that
    // API needs an ID too, go down the chain (a venue, then its rooms, then their sessions).
    let current = need;
    for (let depth = 0; depth < 6; depth++) {
      const source = catalog.tool(current.sourceToolId);
      if (!source) return undefined;
      const sourceGoal = newGoal(goal.text, source);
      sourceGoal.answers = [...goal.answers];
      const sourceNeed = fillArgs(sourceGoal, this.#env(source, sourceGoal, input, catalog));
      if (sourceNeed.type === 'source') {
        current = sourceNeed;
        continue;
      }
      if (sourceNeed.type === 'ask') {
        if (sourceNeed.say !== undefined) {
          Object.assign(goal, { status: 'dropped', failed: true });
          return { type: 'reply', text: factOf(sourceNeed.say, { lang }), awaitUser: false, done: true };
        }
        // The question is about the source's parameter; its answer joins the goal's answers.
        goal.asking = { ...sourceNeed.ask, params: [], kind: 'value' };
        const context = sourceNeed.context ? factOf(sourceNeed.context, { lang }) : '';
        return { type: 'reply', text: [context, questionFor(sourceNeed.ask, schemaLookup(source), lang)].filter(Boolean).join('\n'), awaitUser: true };
      }
      memo.resolving = { goal: goalIndex, param: need.param, toolId: source.id };
      const args = current.search ? { ...withoutNarrowing(sourceGoal.args, source), ...current.search }
        : current.widen ? onlyRequired(sourceGoal.args, source) : forSeveral(tool, need.param) ? withoutNarrowing(sourceGoal.args, source) : sourceGoal.args;
      return { type: 'call', toolId: source.id, arguments: args };
    }
    return undefined;
  }

  #ask(goal: Goal, tool: Tool, need: Extract<FillNeed, { type: 'ask' }>, lang: 'zh' | 'en'): PlannerStep | undefined {
    if (need.say !== undefined) {
      Object.assign(goal, { status: 'dropped', failed: true });
      return { type: 'reply', text: factOf(need.say, { lang, apis: tool.siblings }), awaitUser: false, done: true };
    }
    let ask = need.ask;
    if (ask.kind === 'value') {
      const ids = new Set(idParams(tool, []).map((p) => p.name));
      const open = scalarParams(tool.inputSchema).filter((p) => p.required && !goal.decided.includes(p.path) && p.schema.default === undefined && !p.schema.enum && !ids.has(p.name));
      // an ID or a choice with nothing to list it from is still asked for, by its own name: never a silent question
      ask = { ...ask, params: open.length ? open.map((p) => p.path) : ask.params };
      // The request itself may carry them, labelled (「收件人李明，电话…」): read it as an answer first.
      const probe = ask.params.length ? answeredCopy(goal, ask, goal.text, schemaLookup(tool), { texts: [goal.text], now: new Date(), timeZone: 'UTC', userCity: undefined }, { leftover: false }) : undefined;
      if (probe) {
        Object.assign(goal, { args: probe.args, decided: probe.decided });
        if (ask.params.every((p) => probe.decided.includes(p))) return undefined;
        // what it carries is kept; only the rest is asked
        ask = { ...ask, params: ask.params.filter((p) => !probe.decided.includes(p)) };
      }
    }
    goal.asking = ask;
    // What the list said (「…上午已结束」) comes before the question, so the user chooses knowing it.
    const context = need.context ? factOf(need.context, { lang, apis: tool.siblings }) : '';
    return { type: 'reply', text: [context, questionFor(ask, schemaLookup(tool), lang)].filter(Boolean).join('\n'), awaitUser: true };
  }

  /** The rule lines of the skills of a mini-program, as the user may read them. */
  #rules(tool: Tool, catalog: ScoredCatalog, lang: 'zh' | 'en'): string {
    const skills = [...new Set(catalog.toolsOf(tool.appId).map((t) => t.skill))];
    return ruleLines(skills.map((skill) => catalog.skillDoc(tool.appId, skill))).map((line) => factOf(line, { lang, apis: tool.siblings })).filter(Boolean).join('\n');
  }

  #env(tool: Tool, goal: Goal, input: PlannerInput, catalog: ScoredCatalog): FillEnv {
    return {
      ...valueContext(input, [...goal.answers, goal.text]),
      tool,
      transcript: goal.since ? input.transcript.slice(goal.since) : input.transcript,
      sibling: (api) => catalog.toolsOf(tool.appId).find((t) => t.api === api && t.skill === tool.skill),
      siblings: catalog.toolsOf(tool.appId),
      optionalSources: tool.annotations?.readOnlyHint === true || /^(get|list|search|query|find|fetch)[A-Z_]/.test(tool.api),
    };
  }
}

function valueContext(input: PlannerInput, texts: string[]) {
  return { texts, now: input.clock.now(), timeZone: input.clock.timeZone, userCity: input.user.city };
}

/** Whether a parameter is (in) a list the goal fills with several things (an order's items). */
function forSeveral(tool: Tool, path: string): boolean {
  return tool.inputSchema.properties?.[path.split('.')[0] ?? '']?.type === 'array';
}

/**
 * A source's arguments for several things at once: a category or a keyword one of them says
 * would hide the others (「体温计，再带两包口罩」 is no search for masks only), so only what
 * is required and the IDs that say where (a store, whose stock it tells) stay.
 */
function withoutNarrowing(args: Record<string, unknown>, tool: Tool): Record<string, unknown> {
  const required = new Set(tool.inputSchema.required ?? []);
  return Object.fromEntries(Object.entries(args).filter(([k]) => required.has(k) || /(?:Id|ID|_id)$/.test(k)));
}

/** A source's arguments without its optional filters (a search widened after an empty list). */
function onlyRequired(args: Record<string, unknown>, tool: Tool): Record<string, unknown> {
  const required = new Set(tool.inputSchema.required ?? []);
  return Object.fromEntries(Object.entries(args).filter(([k]) => required.has(k)));
}

function normalise(memo: unknown): LocalMemo {
  const m = memo as Partial<LocalMemo> | undefined;
  return m && Array.isArray(m.goals) ? { ...emptyMemo(), ...m } as LocalMemo : emptyMemo();
}

/** The schema of a parameter by its path (`storeId`, `items.0.drinkId`). */
function schemaLookup(tool: Tool): (path: string) => JsonSchema {
  return (path) => {
    let schema: JsonSchema = tool.inputSchema;
    for (const key of path.split('.')) {
      if (/^\d+$/.test(key)) schema = schema.items ?? {};
      else schema = schema.properties?.[key] ?? {};
    }
    return schema;
  };
}
