import { appOfTool, type Tool } from '../../catalog/index.ts';
import type { Planner, PlannerInput, PlannerStep, Transcript } from '../planner.ts';
import { afterLeadingNo, isNegative, mendedNames, mentionsUsual, settledReply, withChineseWords } from '../understand/index.ts';
import { applyAfterthought, splitAfterthought } from './afterthought.ts';
import { amendPending, amendsFailed, answersAfterNo } from './amend.ts';
import { answerAlong, asksAlong } from './answer-along.ts';
import { comparedLine, listedOf } from './compared.ts';
import { optionsComparedLine } from './compared-options.ts';
import { answeredCopy, applyAnswer } from './answers.ts';
import { askStep } from './ask-step.ts';
import { answerNamesUnreadDay } from './day-unread.ts';
import { besideTried } from './beside-tried.ts';
import { boundsNotice, outOfBounds } from './bounds.ts';
import { capabilities, quote } from './capabilities.ts';
import { cityNotServed, notServedNotice } from './city-served.ts';
import { CLOSING, GREETING, UNDO_REQUEST } from './chat-words.ts';
import { isSmallTalk } from './small-talk.ts';
import { fillArgs, type FillEnv } from './fill-args.ts';
import { followsList } from './follows-list.ts';
import { planGoals, newGoal } from './goals.ts';
import { normaliseMemo, waitingInstead, type Goal, type LocalMemo } from './memo.ts';
import { moreOfTheSame } from './more-of-same.ts';
import { namedNotInOrder, notInOrderNotice } from './not-in-order.ts';
import { notOffered, notOfferedNotice } from './not-offered.ts';
import { observe } from './observe.ts';
import { orderQuote, quoteText, quotedOrderTool, quotingTool } from './order-quote.ts';
import { factOf } from './phrasing.ts';
import { asksAboutRules, asksRulesOnly, ruleLines } from './policy.ts';
import { optionNoteLine } from './option-note.ts';
import { feeAsked } from './fee-said.ts';
import { lastDateAsked } from './date-bound.ts';
import { limitBeside, rulesBeside } from './answered-clause.ts';
import { emergencyLines, saysEmergency } from './emergency.ts';
import { keptOnAmend } from './same-thing.ts';
import { changesInstead, listedBy, withoutReplaced } from './instead.ts';
import { questionFor } from './questions.ts';
import { eachCandidate } from './each-candidate.ts';
import { foundElsewhere, searchElsewhere } from './elsewhere.ts';
import { splitRebook } from './rebook.ts';
import { redoesFailed } from './redo.ts';
import { withBareHour } from './hour-answer.ts';
import { CHANGE_WORDS, QUERY_WORDS, asksComparison, asksToUndo, isActing } from './request-words.ts';
import { asksAnew } from './asks-anew.ts';
import { routeClause, type ScoredCatalog } from './route.ts';
import { schemaLookup, setPath } from './schema-paths.ts';
import { forSeveral, onlyRequired, withoutNarrowing } from './source-args.ts';
import { skillDocs } from './skill-docs.ts';
import { splitActs } from './split-acts.ts';
import { asksForName, foundNowhere, nextProbe, oneApp, probedApp, skillsSay, startProbe } from './probe-search.ts';
import { chooseGoalTool } from './choose-tool.ts';
import { askedAttributes } from '../understand/asked-attribute.ts';
import { isUndoLike, readsOnly } from './tool-kinds.ts';
import { valueContext } from './value-context.ts';
import { englishNames, inEnglish } from './english-names.ts';
import { overCap } from './over-cap.ts';

/**
 * The planner that needs no model: it reads the request against what the catalog holds
 * (descriptions, schemas, enum glosses, ID sources) and what results return, and asks
 * the user for what it cannot find. It knows no mini-program by name.
 */
export class LocalPlanner implements Planner {
  readonly name = 'local' as const;

  async next(input: PlannerInput): Promise<PlannerStep> {
    const memo = normaliseMemo(input.memo);
    const fresh = input.transcript.slice(memo.cursor);
    const lang = input.user.lang === 'en' ? 'en' : 'zh';
    const catalog = input.catalog as ScoredCatalog;
    const said: string[] = [];
    const step = (s: PlannerStep): PlannerStep => {
      memo.cursor = input.transcript.length;
      // an English speaker hears in English what the mini-program itself gives in English
      const told = (line: string) => (lang === 'en' ? inEnglish(line, englishNames(input.transcript, (appId) => catalog.toolsOf(appId))) : line);
      const text = told([...said, s.type === 'reply' ? s.text : ''].filter(Boolean).join('\n'));
      if (s.type === 'reply') return { ...s, text, memo };
      const say = told([...said, s.say ?? ''].filter(Boolean).join('\n'));
      return { ...s, memo, ...(say ? { say } : {}) };
    };

    const fact = (content: string, toolId?: string, isError = false) =>
      factOf(content, { lang, isError, apis: toolId ? catalog.toolsOf(appOfTool(toolId)).map((t) => t.api) : [] });
    observe(memo, fresh, said, fact, (id) => catalog.tool(id), { now: input.clock.now(), timeZone: input.clock.timeZone }, (appId) => skillDocs(catalog, appId), input.transcript);
    const userIndex = fresh.map((t) => t.role).lastIndexOf('user');
    const userText = userIndex >= 0 ? (fresh[userIndex] as Extract<Transcript, { role: 'user' }>).text : undefined;
    const answered = fresh.slice(userIndex + 1).filter((t): t is Extract<Transcript, { role: 'tool-result' }> => t.role === 'tool-result');
    if (userIndex >= 0 && answered.length && !memo.goals.some((g) => g.status === 'called')) {
      // A tap on a card already ran its API: report what it says.
      const last = answered[answered.length - 1]!;
      return step({ type: 'reply', text: fact(last.content, last.toolId, last.isError), awaitUser: false, done: true });
    }
    if (userText !== undefined) {
      for (const goal of memo.goals) goal.elsewhere = undefined;
      // (a look-up left from a message before is no part of this one)
      memo.probe = undefined;
      const handled = this.#onUserText(memo, userText, input, catalog, lang);
      if (handled) return step(handled);
    }
    const probing = this.#probe(memo, fresh, input, catalog, lang);
    if (probing) return step(probing);
    // nothing at the place named: where else it is, told before the user is asked what now
    const elsewhere = foundElsewhere(memo, fresh, fact, lang);
    if (elsewhere) said.push(elsewhere);
    const widened = userText === undefined ? searchElsewhere(memo, input.transcript, (id) => catalog.tool(id)) : undefined;
    if (widened) return step({ type: 'call', ...widened });
    for (const goal of memo.goals) {
      // what instead waits until what was wanted first has failed
      if (goal.status !== 'open' || goal.orElse) continue;
      const tool = catalog.tool(goal.toolId);
      if (!tool) {
        goal.status = 'dropped';
        continue;
      }
      const next = this.#advance(goal, tool, memo, input, catalog, lang);
      // (a part answered in words, 「…没有儿童票」, with another asked after it: told, and the next goes on)
      const more = next?.type === 'reply' && next.done && !next.awaitUser && ['done', 'dropped'].includes(goal.status as Goal['status']) && memo.goals.some((g) => g.status === 'open' && !g.orElse);
      if (more) said.push(next.text);
      else if (next) return step(next);
    }
    if (said.length) return step({ type: 'reply', text: '', awaitUser: false, done: true });
    // (「不用了，谢谢」 after a search that found nothing: nothing was done to say is done)
    if (userText !== undefined && (UNDO_REQUEST.test(userText.trim()) || CLOSING.test(userText.trim()))) return step({ type: 'reply', text: lang === 'en' ? 'OK.' : '好的。', awaitUser: false, done: true });
    return step({ type: 'reply', text: lang === 'en' ? 'Done.' : '好的，已办完。', awaitUser: false, done: true });
  }

  /** A new user message: an answer to our question, a refusal, or a new request. */
  #onUserText(memo: LocalMemo, typed: string, input: PlannerInput, catalog: ScoredCatalog, lang: 'zh' | 'en'): PlannerStep | undefined {
    // "Lantern Festval Nights": a listed name with one word misspelt is read as that name
    const said = mendedNames(typed, catalog.apps().flatMap(({ appId }) => catalog.resultNames?.(appId) ?? []));
    let goal = memo.goals.find((g) => g.status === 'open' && g.asking);
    // an answer that changes its mind midway (「两张……哦不对，那就三张」) is what it settles on
    let text = goal ? settledReply(said) : said;
    if (goal?.failed && !amendsFailed(goal, text, catalog)) {
      // A failed call is not tried again on whatever the user says next: only on an amendment.
      goal.status = 'dropped';
      goal.asking = undefined;
      goal = undefined;
      text = said;
    }
    // 「我买的火车票一共花了多少钱？」 in answer to which passenger: a question of its own, not the answer
    if (goal?.asking && asksAnew(text)) goal = undefined;
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
      // (「那算了，换成…」 after a failure gives up one choice for another: an amendment, read below)
      if (isNegative(text) && !(goal.failed && changesInstead(text))) {
        // 「不用，我自己过去拿」: a no that goes on to answer the question is that answer
        if (answersAfterNo(goal, afterLeadingNo(text), input, catalog)) return undefined;
        // (and the same act for each of the others listed, 「每家店」, which would ask it again)
        for (const same of memo.goals) if (same.status === 'open' && same.text === goal.text && same.toolId === goal.toolId) same.status = 'dropped';
        goal.status = 'dropped';
        goal.asking = undefined;
        return undefined;
      }
      const tool = catalog.tool(goal.toolId);
      const ask = goal.asking;
      goal.asking = undefined;
      if (tool) {
        if (!ask.params.length) {
          // "9 is fine then" after 11:00 was full: the number said alone is the hour instead
          if (goal.failed) text = withBareHour(text, goal.args, { now: input.clock.now(), timeZone: input.clock.timeZone });
          // 「那就这趟的一等座吧」 after 「二等座已售罄」: the thing just tried stays; the rest is read afresh
          const refusal = input.transcript.findLast((t) => t.role === 'tool-result' && t.toolId === tool.id && t.isError);
          const kept = goal.failed ? keptOnAmend(text, goal.args, tool, catalog.toolsOf(tool.appId), listedBy(tool.appId, input.transcript).flat(), { now: input.clock.now(), timeZone: input.clock.timeZone }, refusal?.role === 'tool-result' ? refusal.content : '') : {};
          goal.args = kept;
          goal.decided = Object.keys(kept);
          goal.wanted = [];
          // 「那算了，换成青柠乌龙吧」: the drink named now replaces the one that could not be made
          if (goal.failed && changesInstead(text)) goal.text = withoutReplaced(goal.text, text, listedBy(tool.appId, input.transcript));
        }
        // 「去公司那边。对了，冰箱也擦一下」: the answer, then what is added to the request, read when it goes on
        const { answer, afterthought } = ask.params.length ? splitAfterthought(text) : { answer: text };
        const parted = afterthought ? answeredCopy(goal, ask, answer, schemaLookup(tool), valueContext(input, [answer])) : undefined;
        if (parted) return void Object.assign(goal, { args: parted.args, decided: parted.decided, answers: [afterthought, ...parted.answers], afterthought });
        if (ask.params.length) goal.alsoSaid = text;
        // 「周日的」 of showings listed for no day: the list is read again for that day, and the choice made among it
        if (answerNamesUnreadDay(text, ask, input.transcript, (id) => catalog.tool(id), valueContext(input, [text]))) return void goal.answers.unshift(text);
        const ok = applyAnswer(goal, ask, text, schemaLookup(tool), valueContext(input, [text]));
        if (ok || ask.params.length === 0) return undefined;
        if (ask.narrowed) {
          // 「明天的」「湖滨的」: the answer left some of those offered; the question is asked again among them
          goal.asking = { ...ask, narrowed: undefined };
          return undefined;
        }
        // 「2小时的就够」 to a question about the time, "Binhu please" to one about how many: not the answer,
        // but more of the same request; it is read with the request, and what is still missing asked again
        if (moreOfTheSame(goal, text, catalog, ask)) return undefined;
        goal.answers.shift();
      }
    }
    if (goal && isNegative(text)) return undefined;
    const amended = amendPending(memo, text, input, catalog);
    if (amended) return undefined;
    if (isSmallTalk(text, catalog)) {
      memo.goals = [];
      return { type: 'reply', text: capabilities(catalog, lang), awaitUser: false, done: true };
    }
    // 「那从湖滨店送吧」 after 「…缺货，未下单」: what could not be done is done with what is said now
    const follow = redoesFailed(memo, text, catalog) ?? followsList(memo, text, input, catalog);
    if (follow) {
      memo.goals = [follow];
      memo.resolving = undefined;
      return undefined;
    }
    const latestGoal = memo.goals[memo.goals.length - 1];
    memo.lastApp = latestGoal ? appOfTool(latestGoal.toolId) : memo.lastApp;
    const made = [...memo.goals].reverse().find((g) => g.status === 'done');
    memo.goals = this.#plan(text, input, catalog, memo.lastApp, made);
    memo.resolving = undefined;
    // "How much is Zyrtec?": a name no list knows is looked up in every mini-program that searches by words first
    memo.probe = startProbe(text, catalog);
    // 「那X不要了」 of an order that never held X: no undo of that order (it would refund what is kept)
    const absent = memo.goals.some((g) => undoesMade(g, made, catalog)) ? namedNotInOrder(text, made, input.transcript) : undefined;
    if (absent) {
      memo.goals = memo.goals.filter((g) => !undoesMade(g, made, catalog));
      const notice = notInOrderNotice(absent, lang);
      if (!memo.goals.length) return { type: 'reply', text: notice, awaitUser: false, done: true };
      memo.goals[0]!.notices = [notice, ...(memo.goals[0]!.notices ?? [])];
    }
    if (memo.goals.length) return undefined;
    const short = isNegative(text) || GREETING.test(text.trim()) || text.trim().length <= 4;
    // (nothing routed: what the name looked up finds decides, and only then is nothing said to serve it)
    if (memo.probe && !short) return undefined;
    memo.probe = undefined;
    // 「不用了，谢谢」 with nothing open ends the conversation; it is not a request nothing serves.
    if (isNegative(text)) return { type: 'reply', text: lang === 'en' ? 'OK.' : '好的。', awaitUser: false, done: true };
    if (short) return { type: 'reply', text: capabilities(catalog, lang), awaitUser: false, done: true };
    return nothingServes(text, catalog, lang);
  }

  /** The goals of a new request: one per service it needs, each act of its own apart. */
  #plan(text: string, input: PlannerInput, catalog: ScoredCatalog, lastApp: string | undefined, made: Goal | undefined): Goal[] {
    const goals = planGoals(text, catalog, mentionsUsual(text) ? input.user.preferences ?? {} : {}, lastApp).flatMap((goal) => (goal.usual || goal.firstChoice || goal.orElse ? [goal] : splitActs(goal, catalog).flatMap((g) => splitRebook(g, made, catalog))));
    // 「蛋糕加两杯热可可一共多少？先别下单」: the order is filled and priced from the lists, never made
    return goals.map((goal) => {
      const tool = catalog.tool(goal.toolId);
      const maker = tool && readsOnly(tool) ? quotedOrderTool(goal.text, catalog.toolsOf(tool.appId)) : undefined;
      if (maker) return { ...newGoal(goal.text, maker), answers: goal.answers, quote: goal.toolId };
      // 「…送两盒…，一共要多少钱？先别下单」 routed to the order itself: the mini-program's own quote instead
      const quoting = tool ? quotingTool(goal.text, tool, catalog.toolsOf(tool.appId)) : undefined;
      return quoting ? { ...newGoal(goal.text, quoting), answers: goal.answers } : goal;
    });
  }

  /**
   * The probe's next search, or, once every search has answered, the request planned again for
   * the one mini-program that found the name (where no goal went to it): the goals begin after it.
   */
  #probe(memo: LocalMemo, fresh: Transcript[], input: PlannerInput, catalog: ScoredCatalog, lang: 'zh' | 'en'): PlannerStep | undefined {
    const probe = memo.probe;
    if (!probe) return undefined;
    const call = nextProbe(probe, fresh);
    if (call) return { type: 'call', ...call };
    memo.probe = undefined;
    const found = probedApp(probe, memo);
    if (found) {
      const by = probe.foundBy?.[found];
      const only = oneApp(catalog, found, by ? { toolId: by, name: probe.word } : undefined);
      const goals = this.#plan(probe.text, input, only, found, undefined);
      memo.goals = goals.length ? goals : [newGoal(probe.text, chooseGoalTool(probe.text, found, only))];
      memo.lastApp = found;
    }
    // "Do you have Zyrtec?" that no search knows and no service was routed to: said so, and where it was looked for
    // (one routed by other words keeps its goal: a list in Chinese may hold the thing under its Chinese name)
    if (!memo.goals.length && !probe.found.length && probe.searched.length && asksForName(probe.text, probe.word) && !skillsSay(probe.word, catalog)) {
      return { type: 'reply', text: foundNowhere(probe, catalog, lang), awaitUser: false, done: true };
    }
    for (const goal of memo.goals) goal.since = -1;
    return memo.goals.length ? undefined : nothingServes(probe.text, catalog, lang);
  }

  /** The next step for one goal: a source call, a question, or the goal call itself. */
  #advance(goal: Goal, tool: Tool, memo: LocalMemo, input: PlannerInput, catalog: ScoredCatalog, lang: 'zh' | 'en'): PlannerStep | undefined {
    if (goal.since === -1) goal.since = input.transcript.length;
    if (goal.asking) return { type: 'reply', text: questionFor(goal.asking, schemaLookup(tool), lang), awaitUser: true };
    // 「电影票可以退吗」: a question about the rules is answered by what the skill says of them
    const rules = goal.attempts === 0 && asksAboutRules(goal.text) ? this.#skillLines(tool, catalog, lang, (docs) => ruleLines(docs, goal.text)) : '';
    // (a question and nothing after it; an act said before the question goes on, the rules said with it; another question, 「另外…」, too)
    const rulesOnly = !!rules && asksRulesOnly(goal.text);
    const besideRules = rulesOnly ? rulesBeside(goal.text, rules) : undefined;
    if (rulesOnly && !besideRules) return answeredInWords(goal, rules);
    // 「餐食能单独买吗」: whether a thing may be done, where the skill states a limit on it (beside an act, told first)
    const firstRead = goal.attempts === 0 && !goal.docsRead;
    goal.docsRead = true;
    const docs = firstRead && !rules ? skillDocs(catalog, tool.appId) : [];
    const limited = besideRules ?? (docs.length ? limitBeside(goal.text, docs, catalog.toolsOf(tool.appId).map((t) => t.description), lang, tool.siblings) : undefined);
    const limit = limited?.line ?? '';
    // ("Can I buy popcorn without a ticket?": the asking clause is no act, whatever verb it says)
    const rest = limited ? goal.text.replace(limited.clause, ' ').trim() : '';
    // (「餐食单买多少钱？不买票能只买餐食吗」, 「有没有小食？小孩能买儿童票吗」: the limit, and what else is asked from the list that has it)
    const stillAsks = askedAttributes(rest).length > 0 || QUERY_WORDS.test(rest) || /[？?]|[吗么]\s*$/.test(rest);
    const priced = limit && !isActing(rest) && stillAsks ? chooseGoalTool(rest, tool.appId, catalog) : undefined;
    if (priced && priced.id !== tool.id && readsOnly(priced)) {
      Object.assign(goal, newGoal(rest, priced), { answers: goal.answers, notices: [...(goal.notices ?? []), limit], docsRead: true });
      return this.#advance(goal, priced, memo, input, catalog, lang);
    }
    if (limit && !isActing(rest) && !(priced && readsOnly(priced))) return answeredInWords(goal, limit);
    // (the clause that asked is answered, and names nothing the act is to take: 「…，豆浆能单买吗」 orders no 豆浆)
    if (limit) {
      goal.notices = [...(goal.notices ?? []), limit];
      goal.text = rest;
    }
    // 「外送要配送费吗」, 「排片排到几号」: a fee or the last date the skill states, asked and nothing done
    const fee = docs.length && !limit && !isActing(goal.text) ? feeAsked(goal.text, docs) ?? lastDateAsked(goal.text, docs, lang) : undefined;
    if (fee?.alone) return answeredInWords(goal, factOf(fee.sentence, { lang, apis: tool.siblings, rule: true }));
    // (a price asked beside it is answered as well, the fee told with it)
    if (fee) goal.notices = [...(goal.notices ?? []), factOf(fee.sentence, { lang, apis: tool.siblings, rule: true })];
    // 「观景舱在第几层」: what one of its options is, as the skill notes it beside the option
    const noted = goal.attempts === 0 ? optionNoteLine(goal.text, catalog.toolsOf(tool.appId), lang) : undefined;
    if (noted) return answeredInWords(goal, noted);
    // "crushing chest pain … get me a cardiologist": an emergency hears the skill's own emergency line, never a booking
    const emergency = goal.attempts === 0 && saysEmergency(goal.text) ? this.#skillLines(tool, catalog, lang, emergencyLines) : '';
    if (emergency) return answeredInWords(goal, emergency);
    // 「我想约个私教课」 of a skill that says private coaching is not done there: said plainly, nothing ordered
    // (not a change or an undo of what was made: 「改签」 a skill says it does by refund and a new order is done so)
    const refused = goal.attempts === 0 && !asksToUndo(goal.text) && !CHANGE_WORDS.test(goal.text) ? notOffered(withChineseWords(goal.text), skillDocs(catalog, tool.appId)) : undefined;
    if (refused) {
      goal.status = 'dropped';
      const app = catalog.apps().find((a) => a.appId === tool.appId);
      return { type: 'reply', text: notOfferedNotice(refused, (lang === 'en' && app?.appNameEn) || tool.appName, lang), awaitUser: false, done: true };
    }
    // 「我在成都，能来吗」 of a service that says it serves two other cities: said plainly, nothing asked
    const away = goal.attempts === 0 ? cityNotServed(goal.text, catalog.toolsOf(tool.appId)) : undefined;
    if (away) {
      goal.status = 'dropped';
      return { type: 'reply', text: notServedNotice(away, lang), awaitUser: false, done: true };
    }
    const goalIndex = memo.goals.indexOf(goal);
    const env = this.#env(tool, goal, input, catalog);
    if (goal.afterthought) applyAfterthought(goal, goal.afterthought, env);
    if (goal.alsoSaid) applyAfterthought(goal, goal.alsoSaid, env, { defaultsOnly: true });
    Object.assign(goal, { afterthought: undefined, alsoSaid: undefined });
    // 「要是没票就坐下一班」: what instead is the one beside the one refused
    const beside = goal.tried ? besideTried(goal.answers[0] ?? '', goal.tried.args, tool, catalog.toolsOf(tool.appId), listedBy(tool.appId, input.transcript).flat(), goal.tried.refusal) : undefined;
    if (beside) Object.assign(goal, { args: { ...goal.args, ...beside }, decided: [...goal.decided, ...Object.keys(beside)] });
    goal.tried = undefined;
    const need = fillArgs(goal, env);
    // A number the API does not take (20 where at most 10 are sold at once, a parcel past the weight limit)
    // is the user's to change, not the API's to refuse, and is told before anything else is asked.
    const over = outOfBounds(goal.args, tool.inputSchema);
    if (over) {
      Object.assign(goal, { failed: true, asking: { params: [], kind: 'value' } });
      return { type: 'reply', text: boundsNotice(over, schemaLookup(tool)(over.path), lang), awaitUser: true };
    }
    if (goal.quote && need.type !== 'source') {
      // ("how much more is a view cabin than a basic one? Not buying yet": two options compared, not one priced)
      const options = asksComparison(goal.text) ? optionsComparedLine([...goal.answers, goal.text], listedOf(tool.appId, input.transcript), [tool], lang) : undefined;
      if (options) return answeredInWords(goal, options);
      const lines = need.type === 'ready' ? orderQuote(goal.args, input.transcript, tool.appId) : undefined;
      if (lines) {
        goal.status = 'done';
        return { type: 'reply', text: quoteText(lines, lang), awaitUser: false, done: true };
      }
      // nothing to price it by, or the order would have to ask what the question does not say
      // (「…多少钱一份」 says no count): the question is answered by the list it was for, not by asking back
      const list = catalog.tool(goal.quote);
      Object.assign(goal, { toolId: goal.quote, quote: undefined, args: {}, decided: [], wanted: [] });
      return list ? this.#advance(goal, list, memo, input, catalog, lang) : undefined;
    }
    // 「要是不超过150块就直接约了」: an order over the price the person set is told, not made
    const dear = need.type === 'ready' ? overCap(goal, tool, input.transcript, lang) : undefined;
    if (dear) {
      goal.status = 'dropped';
      return { type: 'reply', text: dear, awaitUser: false, done: true };
    }
    if (need.type === 'ready') {
      goal.status = 'called';
      goal.attempts++;
      // A question asked beside the act (「…多少钱？合适的话订…」) is answered before it, from the lists read on the way.
      const along = goal.attempts === 1 && !goal.firstChoice && isActing(goal.text);
      // (「乌龙跟红茶哪个便宜？买便宜的那个」: both prices and the gap, before the cheaper is bought)
      const compared = along && asksComparison(goal.text) ? comparedLine([goal.text], listedOf(tool.appId, input.transcript), lang) : undefined;
      const answer = compared ?? (along && asksAlong(goal.text)
        ? answerAlong(goal, tool, catalog.toolsOf(tool.appId), input.transcript).map((line) => factOf(line, { lang, apis: tool.siblings })).filter(Boolean).join('\n')
        : '');
      const say = [...(goal.attempts === 1 ? goal.notices ?? [] : []), answer, rules].filter(Boolean).join('\n');
      return { type: 'call', toolId: tool.id, arguments: structuredClone(goal.args), ...(say ? { say } : {}) };
    }
    if (need.type === 'ask') {
      const each = eachCandidate(goal, tool, need, input.user.city);
      if (each) {
        memo.goals.splice(goalIndex + 1, 0, ...each.slice(1));
        return this.#advance(goal, tool, memo, input, catalog, lang);
      }
      const asked = askStep(goal, tool, need, lang, valueContext(input, [goal.text]));
      if (asked?.type === 'reply' && goal.failed && tryInstead(memo, goal, asked.text)) return undefined;
      if (asked) return told(goal, asked);
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
          const text = factOf(sourceNeed.say, { lang });
          if (tryInstead(memo, goal, text)) return undefined;
          return { type: 'reply', text, awaitUser: false, done: true };
        }
        // The question is about the source's parameter; its answer joins the goal's answers.
        goal.asking = { ...sourceNeed.ask, params: [], kind: 'value' };
        const context = sourceNeed.context ? factOf(sourceNeed.context, { lang }) : '';
        return told(goal, { type: 'reply', text: [context, questionFor(sourceNeed.ask, schemaLookup(source), lang)].filter(Boolean).join('\n'), awaitUser: true });
      }
      memo.resolving = { goal: goalIndex, param: need.param, toolId: source.id };
      const args = current.search ? { ...withoutNarrowing(sourceGoal.args, source), ...current.search }
        : current.widen ? onlyRequired(sourceGoal.args, source) : forSeveral(tool, need.param) ? withoutNarrowing(sourceGoal.args, source) : sourceGoal.args;
      return { type: 'call', toolId: source.id, arguments: args };
    }
    return undefined;
  }

  /** Lines of the skills' documents of a mini-program (`pick`: which), as the user may read them. */
  #skillLines(tool: Tool, catalog: ScoredCatalog, lang: 'zh' | 'en', pick: (docs: readonly string[]) => string[]): string {
    return pick(skillDocs(catalog, tool.appId)).map((line) => factOf(line, { lang, apis: tool.siblings, rule: true })).filter(Boolean).join('\n');
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

/** A goal that undoes something in the mini-program of the order just made. */
function undoesMade(goal: Goal, made: Goal | undefined, catalog: ScoredCatalog): boolean {
  const tool = catalog.tool(goal.toolId);
  return !!tool && !!made && isUndoLike(tool) && tool.appId === appOfTool(made.toolId);
}

/** A goal answered in words (the rules, a limit, a fee): done, and said. */
function answeredInWords(goal: Goal, text: string): PlannerStep {
  goal.status = 'done';
  return { type: 'reply', text, awaitUser: false, done: true };
}

/** What is said of a request no service here can do, with what they can. */
function nothingServes(text: string, catalog: ScoredCatalog, lang: 'zh' | 'en'): PlannerStep {
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
 * What the user said instead (「没有的话就在另一家买」) where the first choice ended before any call
 * (the list says it is out of stock): the second is opened, told first why the first could not
 * be had. False where nothing instead waits.
 */
function tryInstead(memo: LocalMemo, goal: Goal, why: string): boolean {
  const instead = waitingInstead(memo, goal);
  if (!instead) return false;
  instead.orElse = undefined;
  instead.notices = [why, ...(instead.notices ?? [])];
  return true;
}

/** A question of the goal's, with what the user is to be told first where nothing has told it yet (then not again at the call). */
function told(goal: Goal, step: PlannerStep): PlannerStep {
  if (step.type !== 'reply' || goal.attempts > 0 || !goal.notices?.length) return step;
  const text = [...goal.notices, step.text].join('\n');
  goal.notices = undefined;
  return { ...step, text };
}
