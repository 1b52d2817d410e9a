import type { Tool } from '../../catalog/index.ts';
import { arrivalBy, extractDateTime, matchEntities, timeWindow, withoutArrival, type Entity } from '../understand/index.ts';
import { describedDefault } from './described-default.ts';
import { enumOptions, readPattern } from './fill-value.ts';
import { entitiesInCity } from './by-place.ts';
import { byLinkedKind } from './by-linked-kind.ts';
import { arrivingBy, chooseEntities, inDayPart, noneWhenSaid } from './choose-entities.ts';
import { belongingTo, isIdKey } from './entities.ts';
import { idParams } from './id-sources.ts';
import { holdingParty } from './by-capacity.ts';
import { holderOfNamed } from './holder-of-named.ts';
import type { FillEnv, FillNeed } from './fill-need.ts';
import type { ValueContext } from './fill-value.ts';
import { filteredCall, latestContent, latestEntities } from './latest-results.ts';
import { madeNumber } from './made-number.ts';
import { ownerOfChosen, ownerStillOpen } from './owner-of-chosen.ts';
import type { Goal } from './memo.ts';
import { readValue } from './read-value.ts';
import { listIsStale } from './stale-list.ts';
import { getPath, setPath, type ParamRef } from './schema-paths.ts';
import { timesInDayPart } from './times-in-part.ts';

/**
 * Fills one parameter from the words (`texts`), the user's usual, or the list its ID comes from;
 * says what it needs where it cannot: the source to call, or the question to ask.
 */
export function fillParam(goal: Goal, env: FillEnv, param: ParamRef, texts: string[]): FillNeed | undefined {
  if (goal.decided.includes(param.path) || getPath(goal.args, param.path) !== undefined) return undefined;
  const wanted = param.required || goal.wanted.includes(param.name);
  const usual = goal.usual?.[param.name];
  if (usual !== undefined) return decide(goal, param.path, usual);
  const ctx: ValueContext = { ...env, texts };
  const id = idParams({ ...env.tool, inputSchema: { type: 'object', properties: { [param.name]: param.schema } } }, env.siblings, env.transcript).find((p) => p.name === param.name);
  // a code said in the form the API gives (「查下 SF1234567890」): the one said, whatever list also holds some
  const typed = id?.source && typeof param.schema.pattern === 'string' ? readPattern(param.schema, ctx) : undefined;
  if (typed !== undefined) return decide(goal, param.path, typed);
  if (id?.source) {
    const sourceTool = env.sibling(id.source);
    if (!sourceTool) return undefined;
    const all = latestEntities(env.transcript, sourceTool.id, id);
    // (what instead of a class found full is any of them but that one)
    const listed = all && goal.refused?.length ? all.filter((e) => !goal.refused!.includes(e.id)) : all;
    // (and where the list held only that one, the list is asked for again, once, by what instead says)
    // (where it again holds only that one, that is told and nothing else tried: no list wider than what was said)
    if (all?.length && !listed?.length) {
      if (goal.relisted) return { type: 'ask', ask: { params: [], kind: 'value' }, schema: param.schema, say: latestContent(env.transcript, sourceTool.id) };
      goal.relisted = true;
      return { type: 'source', param: param.path, sourceToolId: sourceTool.id };
    }
    // (a family of three: among the rooms that hold three — unless the words name one in full, which the
    // mini-program then refuses or not, and the person decides)
    const belonging = listed && belongingTo(listed, goal.args);
    const named = belonging && texts.some((text) => matchEntities(text, belonging).some((hit) => hit.score >= 0.9));
    const entities = belonging && (named ? belonging : [...holdingParty(belonging, goal.args)]);
    if (!entities) {
      const free = env.optionalSources && !(sourceTool.inputSchema.required ?? []).length && sourceTool.id !== env.tool.id;
      return wanted || mentionsAny(texts, sourceTool) || free ? { type: 'source', param: param.path, sourceToolId: sourceTool.id } : undefined;
    }
    const ref = { now: env.now, timeZone: env.timeZone };
    // 「那改到周六的吧」 after Friday's were listed, 「东港那边的也行」 after one port's: the list is asked for again
    if (listIsStale(entities, texts, ref, env.transcript, sourceTool)) return { type: 'source', param: param.path, sourceToolId: sourceTool.id };
    // 「有喜剧或者纪录片就来一张」: among the showings of the films of a kind said
    const pool = byLinkedKind(entities, texts, env.transcript) ?? entities;
    const arrival = (t: string) => {
      const by = arrivalBy(t, ref);
      return by ? { minutes: by.minutes, rest: withoutArrival(t, ref) } : undefined;
    };
    // "Lin's next class" said by someone in another city: the studio is the one the teacher named is at
    const holder = named || id.many ? undefined : holderOfNamed(env.transcript, sourceTool.id, param.name, pool, texts);
    if (holder) return decide(goal, param.path, holder.id);
    const chosen = chooseEntities(pool, texts, env.userCity, id.many, (t) => timeWindow(t, ref), (t) => extractDateTime(t, ref).date, param.required, arrival);
    // 「东港和西港哪家便宜就订哪家」: an optional filter of one that the words name two of is left open; the list
    // of them all is read, and the choice made among theirs
    if (chosen.length > 1 && !id.many && !wanted) return undefined;
    // 「标准包间」 at both spas, 「大床房」 of two hotels, the spa or hotel not chosen yet: which one waits for it
    // (an owner is one the act takes by its ID: a store's `address` is no owner of what it sells)
    const ownerKeys = Object.keys(env.tool.inputSchema.properties ?? {}).filter((key) => key !== param.name && isIdKey(key));
    if (chosen.length === 1 && !id.many && ownerStillOpen(chosen[0]!, pool, goal.args, ownerKeys, texts)) return undefined;
    if (chosen.length) return decide(goal, param.path, id.many ? chosen.map((e) => e.id) : chosen[0]?.id);
    if (!wanted) return undefined;
    // 「上海的家庭房」 of two hotels: the room type named is one hotel's, so that hotel is meant
    const owner = id.many ? undefined : ownerOfChosen(param.name, goal.args, env.transcript, pool);
    if (owner) return decide(goal, param.path, owner.id);
    if (!pool.length && filteredCall(env.transcript, sourceTool)) return { type: 'source', param: param.path, sourceToolId: sourceTool.id, widen: true };
    if (!pool.length) return { type: 'ask', ask: { params: [], kind: 'value' }, schema: param.schema, say: latestContent(env.transcript, sourceTool.id) };
    // asked among those in the city said (「送到杭州市…」: the two Hangzhou stores), and in the part of
    // the day said where the hour said has none (「明天晚上七点左右」: the evening's, not the morning's)
    // (and among those that arrive by the time said, 「下午三点前要到」, whose 「下午」 is no time of leaving)
    const offered = texts.reduce<readonly Entity[]>((list, text) => {
      const by = arrival(text);
      const arriving = by ? arrivingBy(list, by.minutes) : [];
      return inDayPart(by?.rest ?? text, entitiesInCity(text, arriving.length ? arriving : list));
    }, pool);
    return {
      type: 'ask', ask: {
        params: [param.path], kind: 'entity', candidates: offered.map((e) => ({ id: e.id, names: e.names, ...(e.fields ? { fields: e.fields } : {}) })), many: id.many,
        // (none at the time said: the question says so before it offers the others)
        ...(noneWhenSaid([...offered], texts, ref) ? { noneWhenSaid: true } : {}),
      },
      schema: param.schema, context: latestContent(env.transcript, sourceTool.id),
    };
  }
  const value = readValue(param, ctx);
  if (value !== undefined) return decide(goal, param.path, value);
  // 「这个快递先别寄了，帮我取消掉」: the number of what was just made, from the result that made it
  const made = param.required ? madeNumber(env.tool, param.schema, env.transcript) : undefined;
  if (made !== undefined) return decide(goal, param.path, made);
  if (!param.required || param.schema.default !== undefined) return undefined;
  const fallback = describedDefault(param.schema);
  if (fallback !== undefined) return decide(goal, param.path, param.schema.type === 'integer' || param.schema.type === 'number' ? Number(fallback) : fallback);
  if (param.schema.enum) {
    // asked only among the times of the part of the day said (「明天下午」: the afternoon's)
    const inPart = timesInDayPart(enumOptions(param.schema) ?? [], texts);
    const narrowed = inPart && inPart.length > 1 && inPart.length < param.schema.enum.length ? { options: inPart } : {};
    return { type: 'ask', ask: { params: [param.path], kind: 'enum', ...narrowed }, schema: param.schema };
  }
  return { type: 'ask', ask: { params: [param.path], kind: 'value' }, schema: param.schema };
}

/** Sets a value the goal has decided (nothing where there is none). */
export function decide(goal: Goal, path: string, value: unknown): undefined {
  if (value === undefined) return undefined;
  setPath(goal.args, path, value);
  if (!goal.decided.includes(path)) goal.decided.push(path);
  return undefined;
}

function mentionsAny(texts: string[], tool: Tool): boolean {
  return texts.some((t) => t.includes(tool.appName));
}
