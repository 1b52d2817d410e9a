import { appOfTool, type Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { asksDayClassPrice, detectLanguage, matchEnum, type DateTimeReference, type Entity } from '../understand/index.ts';
import { enumsOf } from './fill-value.ts';
import { aboutNamed } from './about-named.ts';
import { agreementParam } from './agreement.ts';
import { waitingInstead, type LocalMemo } from './memo.ts';
import { errorNames } from './error-names.ts';
import { mentionedParams } from './mentioned-params.ts';
import { nameAsListed, withListedName } from './refused-value.ts';
import { getPath, scalarParams, setPath } from './schema-paths.ts';
import { offeredTime } from './offered-time.ts';
import { asksComparison, isActing } from './request-words.ts';
import { listedLine } from './listed-line.ts';
import { readsOnly } from './tool-kinds.ts';
import { statedFact } from './stated-fact.ts';
import { asksTotal, totalLine } from './total.ts';
import { comparedLine } from './compared.ts';
import { optionsComparedLine } from './compared-options.ts';
import { optionNotes } from './option-note.ts';
import { entitiesIn } from './entities.ts';
import { entitiesRead } from './latest-results.ts';
import { toldOnceDone } from './asked-after.ts';
import { dateBoundLine, dateBoundSaid } from './date-bound.ts';
import { dayPricesLine } from './day-prices.ts';
import { idParams } from './id-sources.ts';
import { refusedThings } from './refused-things.ts';

/** Reads what happened since the last step: results of our calls, the hub's notes. */
export function observe(memo: LocalMemo, fresh: Transcript[], said: string[], fact: (content: string, toolId?: string, isError?: boolean) => string, toolOf: (id: string) => Tool | undefined, ref: DateTimeReference, docsOf: (appId: string) => string[] = () => [], read: readonly Transcript[] = fresh): void {
  const goal = memo.goals.find((g) => g.status === 'called' || g.status === 'open');
  const results = fresh.filter((t): t is Extract<Transcript, { role: 'tool-result' }> => t.role === 'tool-result');
  // (「没有符合条件的场次」 for a date past the last the skill says there is: 「船票只卖到…」 says why)
  const pastLastDate = (result: Extract<Transcript, { role: 'tool-result' }>) => {
    const call = fresh.find((t) => t.role === 'tool-call' && t.callId === result.callId);
    const bound = call?.role === 'tool-call' ? dateBoundSaid(docsOf(appOfTool(result.toolId)), datesIn(call.arguments)) : undefined;
    return bound ? fact(dateBoundLine(bound, detectLanguage(goal?.text ?? '') === 'en' ? 'en' : 'zh'), result.toolId) : undefined;
  };
  if (memo.resolving) {
    const result = results.find((r) => r.toolId === memo.resolving?.toolId);
    const target = memo.goals[memo.resolving.goal];
    // a word the service refused that is part of one name its refusal lists ("Hongqiao": Shanghai Hongqiao) is that name
    const call = result?.isError ? fresh.find((t) => t.role === 'tool-call' && t.callId === result.callId) : undefined;
    const fix = call?.role === 'tool-call' && target && result ? nameAsListed(result.content, call.arguments) : undefined;
    const widened = fix && target ? withListedName(target.text, fix) : undefined;
    if (target && widened && widened !== target.text) target.text = widened;
    else if (result?.isError && target) {
      said.push(fact(result.content, result.toolId, true));
      const bound = pastLastDate(result);
      if (bound) said.push(bound);
      target.asking = { params: [], kind: 'value' };
      // where the search was narrowed to a place, where else it is to be had is looked up (`elsewhere.ts`)
      if (call?.role === 'tool-call') target.elsewhere = { toolId: result.toolId, arguments: call.arguments };
    }
    if (result) memo.resolving = undefined;
  }
  if (!goal || goal.status !== 'called') return;
  const own = results.find((r) => r.toolId === goal.toolId);
  if (!own) return;
  const instead = waitingInstead(memo, goal);
  if (own.isError) {
    const missing = mentionedParams(own.content, goal);
    goal.status = 'open';
    if (missing.length && goal.attempts < 3) {
      goal.wanted.push(...missing);
      return;
    }
    // 「外送订单需要收货地址」: the parameter the error names is asked for, and the answer read into it
    const tool = toolOf(goal.toolId);
    const open = tool && goal.attempts < 3 ? scalarParams(tool.inputSchema).filter((p) => !goal.decided.includes(p.path) && getPath(goal.args, p.path) === undefined) : [];
    const named = errorNames(own.content, open);
    if (named) {
      goal.asking = { params: [named.path], kind: open.find((p) => p.path === named.path)?.schema.enum ? 'enum' : 'value', label: named.label };
      return;
    }
    said.push(fact(own.content, own.toolId, true));
    const bound = pastLastDate(own);
    if (bound) said.push(bound);
    // refused at the time tried, with other times offered: the one the user's window picks is tried
    const offered = tool && goal.attempts < 3 ? offeredTime(own.content, goal.args, tool, [goal.text, ...goal.answers], ref) : undefined;
    if (offered) {
      setPath(goal.args, offered.path, offered.value);
      return;
    }
    // the first choice cannot be had (sold out, full): the user is told why, and what they said instead is done
    if (instead) {
      goal.status = 'dropped';
      instead.orElse = undefined;
      instead.tried = { args: structuredClone(goal.args), refusal: own.content };
      // (「瑜伽那节满了就约普拉提」: the full class is no choice for what instead — unless what instead changes
      // an option of the act itself, 「观景舱没了普通舱也行」, and the thing stays)
      const listed = entitiesRead(read);
      const ids = tool ? idParams(tool, tool.siblings.flatMap((api) => toolOf(`${tool.appId}.${api}`) ?? [])).map((p) => p.name) : [];
      const option = !!tool && enumsOf(tool.inputSchema).some((options) => matchEnum(instead.answers[0] ?? '', options).length > 0);
      if (!option) instead.refused = [...(instead.refused ?? []), ...refusedThings(goal.args, ids, listed)];
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
  // (a list whose words say nothing to the person, only to the model, is heard by what it lists)
  const lang = detectLanguage(goal.text) === 'en' ? 'en' : 'zh';
  const told = (about && fact(about, final.toolId)) || fact(final.content, final.toolId)
    || (tool && readsOnly(tool) && !isActing(goal.text) ? listedLine(final.structuredContent, [...goal.answers, goal.text], lang) : undefined) || '';
  // a result with nothing for the user says nothing: the turn ends with the plain 「好的，已办完」, never silence
  if (told) said.push(told);
  // 「…订好告诉我几点前退不扣钱」: what the person asked to be told once it is done, as the act's results say it
  const once = goal.askedAfter && tool && !readsOnly(tool) ? toldOnceDone(goal.askedAfter, [own, ...after].map((r) => r.content), told) : [];
  for (const sentence of once) said.push(fact(sentence, own.toolId));
  // 「次卡有效期多久」: what the list leaves out of the answer, as the skill's documents state it of the thing
  const stated = tool && readsOnly(tool) && !isActing(goal.text) ? statedFact([...goal.answers, goal.text].join(' '), told, docsOf(tool.appId), lang) : undefined;
  if (stated) said.push(fact(stated, final.toolId));
  // 「…平时去住是不是更便宜」: what the thing costs on weekdays and at weekends, as a list read carries it
  const byDaysOf = (read2: readonly Transcript[]) => dayPricesLine([...goal.answers, goal.text], entitiesRead(read2), new Set(argValues(goal.args)), lang);
  const askedByDays = !!tool && readsOnly(tool) && !isActing(goal.text) && asksDayClassPrice(goal.text);
  // (where the list just told is the one that carries them, it says nothing more: its line replaces it)
  const ownByDays = askedByDays ? byDaysOf([final]) : undefined;
  if (ownByDays && !about && told && said.at(-1) === told) said.pop();
  const byDays = ownByDays ?? (askedByDays ? byDaysOf(read) : undefined);
  if (byDays) said.push(byDays);
  // 「…加起来一共要交多少」: what the things listed come to together
  const total = tool && readsOnly(tool) && final === own && asksTotal(goal.text) ? totalLine(own.structuredContent, [...goal.answers, goal.text], lang) : undefined;
  if (total) said.push(total);
  // 「经济舱跟商务舱差多少钱」: the two things asked about, each with its price, and the gap
  const compared = tool && readsOnly(tool) && !isActing(goal.text) && asksComparison(goal.text) ? comparedLine([...goal.answers, goal.text], entitiesIn(final.structuredContent), lang) : undefined;
  // (the whole list it was read from says nothing more: the two prices and the gap are the answer)
  if (compared && !about && told && said.at(-1) === told) said.pop();
  if (compared) said.push(compared);
  // 「观景舱比普通舱贵多少」: two options of one of its choices, by the prices the things listed carry for each
  const beside = tool && readsOnly(tool) && !isActing(goal.text) && !compared && asksComparison(goal.text)
    ? tool.siblings.flatMap((api) => toolOf(`${tool.appId}.${api}`) ?? []) : undefined;
  const options = beside ? optionsComparedLine([...goal.answers, goal.text], entitiesIn(final.structuredContent), beside, lang) : undefined;
  // (so too for two options of a choice)
  if (options && !about && told && said.at(-1) === told) said.pop();
  // (what the skill notes of each, 「观景舱：顶层船头」, after their prices)
  const notes = options && beside ? optionNotes(goal.text, beside, lang) : undefined;
  if (options) said.push(notes ? `${options}\n${notes}` : options);
  const agree = tool && final === own ? agreementParam(tool, goal.args, own.content) : undefined;
  // The API asks the user to agree first (a fee): their yes sets the flag and it is called again.
  goal.status = agree ? 'open' : 'done';
  if (agree) goal.asking = { params: [agree], kind: 'agree' };
  // the first choice was had: what instead is not wanted
  if (!agree && instead) instead.status = 'dropped';
}

/** The plain values among a goal's arguments, at any depth (the IDs it chose). */
function argValues(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (!value || typeof value !== 'object') return [];
  return Object.values(value).flatMap(argValues);
}

/** The dates among a call's arguments (`2026-03-20`), at any depth. */
function datesIn(value: unknown): string[] {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(datesIn);
  return value && typeof value === 'object' ? Object.values(value).flatMap(datesIn) : [];
}
