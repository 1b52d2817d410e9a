import type { JsonSchema } from '../../package/index.ts';
import { detectLanguage, extractQuantities, matchEntities, matchEnum, peopleSaid, pickSuperlative, refusedAt, splitClauses, type Entity } from '../understand/index.ts';
import { byDifference, endingSaid, kindDescribed } from './by-difference.ts';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';
import { entitiesIn } from './entities.ts';
import { ofUsual } from './beside-usual.ts';
import { booleanOptions, enumOptions, isCountLike, readNumber } from './fill-value.ts';
import type { FillEnv, FillNeed } from './fill-need.ts';
import { decide, fillParam } from './fill-param.ts';
import { idParams } from './id-sources.ts';
import { entitiesOfContent, latestEntities } from './latest-results.ts';
import type { Goal } from './memo.ts';
import { isActing } from './request-words.ts';
import { saidOfAll } from './said-of-all.ts';
import { readForOtherValues } from './stale-list.ts';
import { withCountAfter } from './count-after.ts';
import { onlyOptions } from './only-options.ts';
import { oneDiffers, type Found } from './one-differs.ts';
import { copyingParts, sameAs } from './same-as.ts';
import { byOptionCounts } from './option-counts.ts';
import { perPerson, saysEach } from './per-person.ts';
import { withoutReasons } from './reason-clause.ts';
import { byPackSize, packSizeSaid, withoutPackSize } from './by-pack-size.ts';
import { packsFor } from './pieces-to-packs.ts';
import { describingTerm, everythingListed, keywordParam, listedWithSearches, searchedInVain, searchedWords, unknownNames } from './searched.ts';
import { scalarParams } from './schema-paths.ts';
import { whyUnavailable } from './unavailable.ts';
import { superlativeScope } from './kind-said.ts';
import { describedAmong, describesAThing } from './by-description.ts';

/** Fills an array of items (`items: [{ drinkId, size, … }]`), one per entity the request names. */
export function fillItems(goal: Goal, env: FillEnv, items: { name: string; schema: JsonSchema; required: boolean }): FillNeed | undefined {
  const itemTool = { ...env.tool, inputSchema: items.schema };
  const id = idParams(itemTool, env.siblings, env.transcript)[0];
  const usual = goal.usual;
  if (usual && id && usual[id.name] !== undefined) {
    const item: Record<string, unknown> = {};
    for (const key of Object.keys(items.schema.properties ?? {})) if (usual[key] !== undefined) item[key] = usual[key];
    const beside = goal.besideUsual;
    // 「老样子，来两杯」: the usual drink, the quantity said now (not what is counted of another thing beside it).
    const usualEnv = beside ? { ...env, texts: env.texts.map((t) => ofUsual(t, beside)) } : env;
    for (const param of scalarParams(items.schema)) {
      if (item[param.name] === undefined && isCountLike(param.name, param.schema)) {
        const qty = readNumber(param.schema, param.name, usualEnv, { countLike: true });
        if (qty !== undefined) item[param.name] = qty;
      }
    }
    if (!beside) return decide(goal, items.name, [item]);
    // the things beside it are made as any named lines are, from their own words
    const more: Goal = { ...goal, text: beside, args: {}, decided: [], usual: undefined, besideUsual: undefined };
    const need = fillItems(more, { ...env, texts: [beside] }, items);
    if (need) return need;
    const lines = more.args[items.name];
    return decide(goal, items.name, [item, ...(Array.isArray(lines) ? lines : [])]);
  }
  if (!id?.source) return undefined;
  const sourceTool = env.sibling(id.source);
  if (!sourceTool) return undefined;
  const keyword = keywordParam(sourceTool);
  const entities = keyword ? listedWithSearches(env.transcript, sourceTool.id, keyword, (c) => entitiesOfContent(c, id)) : latestEntities(env.transcript, sourceTool.id, id);
  if (!entities) return { type: 'source', param: items.name, sourceToolId: sourceTool.id };
  // read for another of the goal's own values (the stock of the store tried first): read again for this one
  const other = readForOtherValues(env.transcript, sourceTool.id, goal.args);
  if (other) return { type: 'source', param: items.name, sourceToolId: sourceTool.id, search: other };
  const request = env.texts.join('，');
  // A name the list does not show ("Zyrtec"): the API's own search is asked for it, once.
  const searched = keyword ? searchedWords(env.transcript, sourceTool.id, keyword) : [];
  const unknown = keyword ? unknownNames(request, everythingListed(env.transcript, (c) => entitiesIn(c))).filter((w) => !searched.includes(w)) : [];
  if (keyword && unknown[0]) return { type: 'source', param: items.name, sourceToolId: sourceTool.id, search: { [keyword]: unknown[0] } };
  const clauses = splitClauses(request);
  // the options an item's parameters list, read once (each with the words its description gives them)
  // (a yes-or-no extra its description glosses, `true=加一份浓缩/extra shot`, is an option too)
  const optionLists = scalarParams(items.schema).flatMap((p) => {
    const options = p.schema.type === 'boolean' ? booleanOptions(p.schema) : enumOptions(p.schema);
    return options?.length ? [options] : [];
  });
  const optionsSaid = (text: string) => optionLists.flatMap((options) => matchEnum(text, options));
  const found: Found[] = [];
  /** The clauses that named a thing taken (whatever text its line is read by later). */
  const namedIn = new Map<string, string[]>();
  // 「再来一杯和拿铁一样的」, "one more just like the latte": a part that copies a line, read whole after the others
  const copies = copyingParts(request);
  for (const clause of clauses.length ? clauses : [{ text: request, span: [0, request.length] as [number, number] }]) {
    if (copies.some(({ span }) => span[0] <= clause.span[0] && clause.span[1] <= span[1])) continue;
    // 「杏仁奶」 is the almond-milk option, not the 「杏仁」 of a drink's name: options said in longer words win.
    const optionSpans = optionsSaid(clause.text).map((m) => m.span);
    // (and an option said in full, "one spicy and one mild", over a piece of a name it is a word of: "Hot Chocolate")
    // (「…两张，不要套餐」, "no popcorn": a thing named only to be refused is no line)
    const hits = matchEntitiesAnyLanguage(clause.text, entities).filter(
      (h) => !optionSpans.some(([s, e]) => s <= h.span[0] && h.span[1] <= e && (e - s > h.span[1] - h.span[0] || h.score < FULL_NAME)) && !refusedAt(clause.text, h.span),
    );
    const best = Math.max(0, ...hits.map((h) => h.score));
    // (a thing named twice in a clause, 「云溪那个维C」 — a piece of its name, then a short name —, is taken by its best naming)
    const bestOf = (id: string) => Math.max(...hits.filter((h) => h.entity.id === id).map((h) => h.score));
    // A fragment (「hot」 inside "Hot Chocolate") counts only when nothing names an item outright.
    // One clause names an item once, even where another name holds it too (刀削面 in 刀削面馆).
    // A thing described again in a later clause (「一直腹泻…送一盒止泻的药」) is the one already found, not one more.
    const again = (hit: (typeof hits)[number]) => found.some((f) => f.entity.id === hit.entity.id) && !matchEntities(clause.text, [hit.entity]).length;
    // (「茶包三盒」 of two kinds of tea bag: a piece of several names at one span is a kind, told apart below or asked, not each of them)
    const shared = (hit: (typeof hits)[number]) => hit.score < FULL_NAME && hits.some((h) => h.entity.id !== hit.entity.id && h.span[0] === hit.span[0] && h.span[1] === hit.span[1]);
    const taken = hits.filter((hit, i) => (hit.score >= Math.min(best, 0.8) || COUNTED_BEFORE.test(clause.text.slice(0, hit.span[0]))) && !shared(hit) && !found.some((f) => f.entity.id === hit.entity.id && f.text === clause.text) && !again(hit) && hits.findIndex((h) => h.entity.id === hit.entity.id && h.score === bestOf(hit.entity.id)) === i);
    // "a latte with oat milk and an extra shot": a clause that is only an option belongs to the thing before it
    const last = found[found.length - 1];
    // (and one that says only "one each" of it: 「…，一人一个」)
    if (!taken.length && last && (onlyOptions(clause.text, optionSpans) || (!hits.length && saysEach(clause.text)))) {
      last.also = [...(last.also ?? []), clause.text];
      continue;
    }
    // 「两碗牛肉面一份凉皮」: each named in one clause is counted by the words between the names beside it
    const ordered = [...taken].sort((a, b) => a.span[0] - b.span[0]);
    const apart = ordered.every((hit, i) => i === 0 || ordered[i - 1]!.span[1] <= hit.span[0]);
    for (const hit of taken) {
      const before = ordered.filter((h) => h.span[1] <= hit.span[0]).pop();
      const after = ordered.find((h) => h.span[0] >= hit.span[1]);
      const own = apart && ordered.length > 1 ? clause.text.slice(before ? before.span[1] : 0, after ? after.span[0] : clause.text.length) : undefined;
      found.push({ entity: hit.entity, text: clause.text, ...(own ? { own } : {}) });
    }
    if (taken.length) namedIn.set(clause.text, taken.map((h) => h.entity.id));
  }
  for (const { text: part } of copies) {
    const copy = sameAs(part, matchEntitiesAnyLanguage(part, entities), found);
    if (copy) found.push(copy);
  }
  dropMentions(found, (text) => optionsSaid(text).length > 0);
  // "the allergy pills I think, 2 boxes": the count said right after an uncounted thing is its count
  found.splice(0, found.length, ...withCountAfter(found, clauses.map((c) => c.text)));
  found.splice(0, found.length, ...withoutReasons(found, isActing));
  // 「盒饭三份」 asked among several and answered with one of them: the one answered is counted by the clause asked about
  for (const f of found) {
    const asked = goal.askedAmong?.find((c) => goal.answers.includes(f.text) && counts(c) && [...describedAmong(c, entities), ...endingSaid(c, entities)].some((e) => e.id === f.entity.id));
    if (asked) Object.assign(f, { text: asked, own: asked });
  }
  // 「两杯拿铁，一杯换杏仁奶」: one of those counted, made with the option said
  found.splice(0, found.length, ...oneDiffers(found, clauses.map((c) => c.text), (clause) => optionsSaid(clause).length > 0));
  // 「三杯乌龙，两冰一热」: the count split by how each part is made
  found.splice(0, found.length, ...byOptionCounts(found, clauses.map((c) => c.text), (part) => optionsSaid(part).length > 0));
  // 「康舒和宁安哪个便宜？买便宜的那个」: one of the things named, by the comparison said
  // (「…哪个便宜？买便宜的那个两盒，再来一包口罩」: among those its own clause names; the others stay lines of their own)
  const sentence = (f: { text: string }) => request.slice(0, Math.max(0, request.indexOf(f.text))).split(/[？?。！!；;]/).length;
  const among = found.filter((f) => found.filter((g) => sentence(g) === sentence(f)).length > 1);
  const pool = among.length > 1 && among.length < found.length && among.every((f) => sentence(f) === sentence(among[0]!)) ? among : found;
  const compared = pool.length > 1 ? pickSuperlative(pool.map((f) => f.entity), request, { compared: true }) : undefined;
  if (compared) {
    // (the count said with the choice, 「买便宜的那个两盒」, is the count of the one chosen)
    const winner = pool.find((p) => p.entity === compared)!;
    const after = pool === found ? -1 : request.slice(request.indexOf(pool.at(-1)!.text)).search(/[？?。！!；;]/);
    const from = after < 0 ? -1 : request.indexOf(pool.at(-1)!.text) + after + 1;
    const next = from < 0 ? -1 : Math.min(...found.filter((f) => !pool.includes(f)).map((f) => request.indexOf(f.text, from)).filter((i) => i >= from), request.length);
    const said = from < 0 ? '' : request.slice(from, next);
    // ("which is cheaper, A or B? get me 2 bottles of the cheaper one": the clause that picks it, where it counts)
    const picking = said ? undefined : clauses.map((c) => c.text).filter((text) => counts(text) && pickSuperlative(pool.map((f) => f.entity), text, { compared: true }) === compared).at(-1);
    const counted = said && counts(said) ? { ...winner, text: said, own: said } : picking ? { ...winner, text: picking, own: picking } : winner;
    found.splice(0, found.length, ...found.flatMap((f) => (f === winner ? [counted] : pool.includes(f) ? [] : [f])));
  }
  // nothing named, one a superlative picks ("the cheapest cold medicine… I'll take two boxes"), of the kind it is said of
  // (only of the things the order is for: 「哪家便宜」 of the cinemas adds no cheapest snack)
  if (!found.length && items.required) {
    const extreme = pickSuperlative(superlativeScope([request], entities), request);
    if (extreme) found.push({ entity: extreme, text: request });
  }
  // 「…再顺手加个最便宜的吃的」, "throw in whichever side is cheapest": an add-on chosen by a superlative, in the
  // clause that adds it (not 「哪家便宜」 of where the act is done)
  if (!found.length && !items.required) {
    const picked = (clauses.length ? clauses.map((c) => c.text) : [request]).filter((text) => ADDS.test(text))
      .map((text) => ({ text, entity: pickSuperlative(superlativeScope([text], entities), text) })).find((p) => p.entity);
    if (picked?.entity) found.push({ entity: picked.entity, text: picked.text });
  }
  // 「帮我拿3包口罩，要防护效果好一点的那种」: a kind several end in, told apart by what is said of the kind, else asked among them
  const ofKind = !found.length && items.required ? endingSaid(request, entities) : [];
  const toldOfKind = ofKind.length ? byDifference(ofKind, kindDescribed(request)) ?? byPackSize(ofKind, request) : undefined;
  // (「一盒20片装的那种，来3盒」: the count is of packs, whatever number says what one holds)
  if (toldOfKind) found.push({ entity: toldOfKind, text: request, ...(packSizeSaid(request) ? { own: withoutPackSize(request) } : {}) });
  // 「烧水壶一个，茶包三盒」: a counted clause naming a kind several names end in, beside things found, is the one
  // what it says of the kind tells apart, else asked about (once: its answer names it) — never dropped (nor taken
  // twice: one of the kind already found, 「茶包三盒，要10袋装的那种」, is the one it names)
  const kindClause = found.length && items.required
    ? clauses.filter((c) => !namedIn.has(c.text) && !found.some((f) => f.text === c.text) && counts(c.text) && !goal.askedAmong?.includes(c.text))
      .map((c) => ({ text: c.text, kinds: endingSaid(c.text, entities) }))
      .find(({ kinds }) => kinds.length > 1 && !kinds.some((e) => found.some((f) => f.entity.id === e.id)))
    : undefined;
  if (kindClause) {
    const { kinds } = kindClause;
    const told = byDifference(kinds, kindDescribed(request)) ?? byPackSize(kinds, request);
    if (!told) {
      goal.askedAmong = [...(goal.askedAmong ?? []), kindClause.text];
      return { type: 'ask', ask: { params: [`${items.name}.0.${id.name}`], kind: 'entity', candidates: kinds.map((e) => ({ id: e.id, names: e.names })) }, schema: items.schema.properties?.[id.name] ?? {} };
    }
    found.push({ entity: told, text: kindClause.text, own: withoutPackSize(kindClause.text) });
  }
  // A thing the list marks as not orderable (a prescription drug, out of stock) is left out, and the user told.
  const lang = detectLanguage(goal.text) === 'en' ? 'en' : 'zh';
  // (each item left keeps to its own words: 「一盒<处方药>，再来两包口罩」 is still two packs of masks)
  const named = found.length;
  const blocked = found.flatMap((f) => whyUnavailable(f.entity, lang) ?? []);
  if (blocked.length) {
    goal.notices = [...new Set([...(goal.notices ?? []), ...blocked])];
    found.splice(0, found.length, ...found.filter((f) => !whyUnavailable(f.entity, lang)));
    if (!found.length) return { type: 'ask', ask: { params: [], kind: 'value' }, schema: {}, say: `${blocked.join(lang === 'en' ? '; ' : '；')}${lang === 'en' ? '. Nothing was ordered.' : '。未下单。'}` };
  }
  if (!found.length) {
    if (!items.required) return undefined;
    // (「买一盒退烧药」: asked among those a description or a complaint fits, where it fits some)
    const fitting = ofKind.length ? ofKind : describedAmong(request, entities);
    // (「感冒药」 several describe: the mini-program's own search for those words is asked first, once)
    const term = keyword && fitting.length > 1 ? describingTerm(request) : undefined;
    if (term && !searched.includes(term)) return { type: 'source', param: items.name, sourceToolId: sourceTool.id, search: { [keyword!]: term } };
    // 「买两盒艾草贴」 where the mini-program's own search for it found nothing: said so, not a choice among all it sells
    const vain = keyword && !fitting.length ? searchedInVain(env.transcript, sourceTool.id, keyword, (c) => entitiesOfContent(c, id)).filter((w) => request.includes(w)) : [];
    if (vain.length) return { type: 'ask', ask: { params: [], kind: 'value' }, schema: {}, say: lang === 'en' ? `${env.tool.appName} has nothing called "${vain[0]}". Nothing was ordered; tell me what else you would like.` : `${env.tool.appName}没有找到「${vain[0]}」，没有下单。需要别的可以告诉我。` };
    return { type: 'ask', ask: { params: [`${items.name}.0.${id.name}`], kind: 'entity', candidates: (fitting.length ? fitting : entities).map((e) => ({ id: e.id, names: e.names })) }, schema: items.schema.properties?.[id.name] ?? {} };
  }
  // 「买一个量体温的和一盒退烧药」: a clause that describes a thing several fit, beside things found, is asked
  // about, not dropped (each asked once: its answer names it)
  // (a clause that counts what it describes, 「一盒退烧药」, or asks for some of it, 「来点退烧的」: not one that says why, 「有点发烧」)
  // (whatever else was answered meanwhile: a store asked first does not drop it)
  const open = items.required ? clauses.find((c) => !found.some((f) => f.text === c.text) && isActing(request) && describesAThing(c.text) && (extractQuantities(c.text).some((q) => q.unit !== undefined) || SOME.test(c.text) || MEASURE_FIRST.test(c.text)) && !goal.askedAmong?.includes(c.text)) : undefined;
  const fits = open ? describedAmong(open.text, entities) : [];
  const openTerm = keyword && open && fits.length > 1 ? describingTerm(open.text) : undefined;
  if (openTerm && !searched.includes(openTerm)) return { type: 'source', param: items.name, sourceToolId: sourceTool.id, search: { [keyword!]: openTerm } };
  if (open && fits.length > 1) {
    goal.askedAmong = [...(goal.askedAmong ?? []), open.text];
    return { type: 'ask', ask: { params: [`${items.name}.0.${id.name}`], kind: 'entity', candidates: fits.map((e) => ({ id: e.id, names: e.names })) }, schema: items.schema.properties?.[id.name] ?? {} };
  }
  const single = named === 1;
  // Where the act counts its own things (three tickets), what is added to it (「加一份爆米花」) counts only by its own clause.
  const countsItself = scalarParams(env.tool.inputSchema).some((p) => isCountLike(p.name, p.schema));
  // 「两杯拿铁，一杯美式，都要冰的」: what is said of them all is read for each, after its own words
  // (「两杯乌龙一杯奶茶，乌龙都要大杯」: said of all of one thing named again, for that thing's lines only)
  const ofAll = single ? [] : saidOfAll(clauses.map((c) => c.text), new Set([...found.map((f) => f.text), ...namedIn.keys()]));
  for (const [clause, ids] of namedIn) {
    if (found.some((f) => f.text === clause) || !saidOfAll([clause], new Set()).length) continue;
    for (const f of found) if (ids.includes(f.entity.id)) f.also = [...(f.also ?? []), clause];
  }
  const list = found.map(({ entity, text, also, own }) => {
    const item: Record<string, unknown> = { [id.name]: entity.id };
    const itemGoal: Goal = { ...goal, args: item, decided: [id.name], usual: undefined } as Goal;
    const texts = single ? env.texts : [text, ...(also ?? []), ...ofAll];
    for (const param of scalarParams(items.schema)) fillParam(itemGoal, { ...env, tool: itemTool }, param, isCountLike(param.name, param.schema) && (countsItself || own || saysEach(text)) ? [own ?? text] : texts);
    // 「每人一份套餐」: once for each of the people the act counts, or (an act that counts no people:
    // 「我们一家四口…每人来一包」) the people the request says
    const actCount = countsItself ? scalarParams(env.tool.inputSchema).find((p) => isCountLike(p.name, p.schema)) : undefined;
    const itemCount = scalarParams(items.schema).find((p) => isCountLike(p.name, p.schema));
    const people = actCount ? goal.args[actCount.name] : peopleSaid(request);
    const each = itemCount && perPerson([text, ...(also ?? [])].join('，'), item[itemCount.name], people);
    if (itemCount && each !== undefined) item[itemCount.name] = each;
    // (「口罩要30只」 of masks sold ten to a pack: three packs)
    const packs = itemCount ? packsFor(entity, own ?? text, item[itemCount.name], each !== undefined) : undefined;
    if (itemCount && packs !== undefined) item[itemCount.name] = packs;
    return item;
  });
  return decide(goal, items.name, list);
}

/** A clause that starts with its measure word (「盒退烧药」 of 「再来盒退烧药」, the verb said before it): one of it. */
const MEASURE_FIRST = /^[盒包瓶支份个件袋杯碗张]\p{Script=Han}/u;

/** A hit of this score or more names a thing in full; less, a piece of its name. */
const FULL_NAME = 0.8;

/** Whether a text counts in a measure (「两盒」, "2 bottles"). */
const counts = (text: string) => extractQuantities(text).some((q) => q.unit !== undefined);

/** Words that add a thing beside the act's own (「再加个」「顺便来」, "throw in", "add"). */
const ADDS = /加(?:个|一?份|点|上)?|再(?:来|要|买)|顺便|捎(?:个|上)|\b(?:add|throw in|toss in|plus|along with)\b/i;

/** Asking for some of a thing, uncounted (「来点」「买些」, "some", "something for"). */
const SOME = /(?:来|买|要|拿|带|备)(?:一)?(?:点|些)(?!钟|半|多|左右)|\bsome(?:thing|\b)|\banything for\b/i;

/** A count and its measure word right before a name (「一盒头孢」): what follows is an item, however short its name. */
const COUNTED_BEFORE = /(?:[一二两三四五六七八九十]|\d+)\s*[盒瓶包支袋个件份杯张片粒罐碗串斤](?:装)?\s*$/u;

/**
 * A thing named in two clauses is one item where only one of them orders it: 「家里体温计摔坏了，
 * 给我送个体温计」 says why before it says what, 「…一盒思密达；头孢不能买就只要思密达」 names it
 * again. The clauses that count it are the order; where none does, the first that acts on it.
 */
function dropMentions(found: Found[], saysOptions: (text: string) => boolean): void {
  const counts = (f: { text: string }) => extractQuantities(f.text).length > 0;
  const keep = new Set<number>();
  for (const id of new Set(found.map((f) => f.entity.id))) {
    const same = found.map((f, i) => ({ f, i })).filter(({ f }) => f.entity.id === id);
    const counted = same.filter(({ f }) => counts(f));
    const chosen = counted.length ? counted : [same.find(({ f }) => isActing(f.text)) ?? same[0]!];
    for (const { i } of chosen) keep.add(i);
    // (「两杯美式一杯拿铁，拿铁大杯」: a mention dropped that says how it is made is read for the lines kept)
    const said = same.filter(({ i, f }) => !keep.has(i) && saysOptions(f.text)).map(({ f }) => f.text);
    if (said.length) for (const { f } of chosen) f.also = [...(f.also ?? []), ...said];
  }
  for (let i = found.length - 1; i >= 0; i--) if (!keep.has(i)) found.splice(i, 1);
}
