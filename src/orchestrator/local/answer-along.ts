import type { Tool } from '../../catalog/index.ts';
import type { Entity } from '../understand/index.ts';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';
import type { Transcript } from '../planner.ts';
import { entitiesOfContent, latestEntities } from './latest-results.ts';
import { keywordParam, listedWithSearches } from './searched.ts';
import { idParams } from './id-sources.ts';
import type { Goal } from './memo.ts';
import { getPath, itemArray } from './schema-paths.ts';
import { escapeRegExp } from '../../core/index.ts';
import { descriptionOf } from './described.ts';

/** A clause that asks (「…多少钱？」, "how much is …?") beside the act, whose answer the user waits to hear. */
const ASKS = /治什么|治啥|什么用|啥用|功效|作用|适合|能吃吗|能用吗|\bwhat(?:'s| is) it (?:for|used for)\b|\bwhat does it (?:treat|do)\b|\b(?:ok(?:ay)?|safe|good|suitable) for\b|多少钱|几块|价格|价钱|票价|贵不贵|片长|时长|多长时间|多长|多久|\bhow long\b|\brun(?:ning )?time\b|多少|还有.{0,6}吗|有没有|几点|营业到|开到|关门|谁|哪位|\bwho\b|\bwhen is\b|how much|what(?:'s| is) the price|price of|is there|are there|any (?:seats|tickets|spots)|what time|how late|open (?:until|till)|opening hours|when does it (?:open|close)/i;
/** Who does it, or when it is (「谁带」「哪位老师」, "who teaches", "when is"): what the thing's own line says. */
const ASKS_WHO_WHEN = /谁|哪位|\bwho\b|\bwhen is\b/i;
/** A question of when a place is open (「几点前能去拿」「开到几点」, "how late is it open?"), and a line that says its hours. */
const ASKS_HOURS = /几点|营业到|开到|关门|what time|how late|open (?:until|till)|opening hours|when does it (?:open|close)/i;
const HOURS = /\d{1,2}:\d{2}\s*[-–~至到]\s*\d{1,2}:\d{2}|24\s*小时|营业时间|\bopen\b/i;

/** A question of how long a thing lasts (「片长多少」「多长时间」, "how long is it"), and a line that says a length of time. */
const ASKS_LENGTH = /片长|时长|多长时间|多长|多久|\bhow long\b|\brun(?:ning )?time\b/i;
const LENGTH = /\d+\s*(?:分钟|小时|min(?:ute)?s?\b|hours?\b)/i;

/** A question of what something costs, and a line that says a price. */
const ASKS_PRICE = /多少钱|几块|价格|价钱|票价|贵不贵|how much|price/i;
const PRICE = /[¥￥$]\s*\d|\d\s*(?:元|块)/;

/** Whether the request asks something beside what it asks done (「X多少钱？合适的话订…」). */
export function asksAlong(text: string): boolean {
  return text.split(/[？?，,。；;！!]/).some((part) => ASKS.test(part));
}

/**
 * What the lists read on the way say of the things chosen: the answer to a question asked beside
 * an act (「午夜快递3D票多少钱？…订后天上午十点那场」 → that show's line, with its price), told
 * before the act, in the list's own words.
 */
export function answerAlong(goal: Goal, tool: Tool, siblings: Tool[], transcript: Transcript[]): string[] {
  const items = itemArray(tool.inputSchema);
  const chosen: { id: string; param: ReturnType<typeof idParams>[number]; item?: boolean }[] = [];
  for (const param of idParams(tool, siblings, transcript)) {
    const value = goal.args[param.name];
    for (const id of Array.isArray(value) ? value : value === undefined ? [] : [value]) chosen.push({ id: String(id), param });
  }
  if (items) {
    const itemTool = { ...tool, inputSchema: items.schema };
    for (const param of idParams(itemTool, siblings, transcript)) {
      const list = getPath(goal.args, items.name);
      for (const item of Array.isArray(list) ? list : []) {
        const id = (item as Record<string, unknown>)[param.name];
        if (id !== undefined) chosen.push({ id: String(id), param, item: true });
      }
    }
  }
  const asked = goal.text.split(/[？?，,。；;！!]/).filter((part) => ASKS.test(part));
  const read = chosen.flatMap(({ id, param, item = false }) => {
    const source = siblings.find((s) => s.api === param.source && s.skill === tool.skill);
    if (!source) return [];
    // (a thing a search found by the user's own word is named by it too: "How much is Advil?" of a list in Chinese)
    const keyword = keywordParam(source);
    const entities = (keyword ? listedWithSearches(transcript, source.id, keyword, (content) => entitiesOfContent(content, param)) : undefined) ?? latestEntities(transcript, source.id, param) ?? [];
    const entity = entities.find((e) => e.id === id);
    const content = latestContent(transcript, source.id, (result) => entitiesOfContent(result, param).some((e) => e.id === id));
    // a list that gives the code after the name (「…¥68.00（productId p05）」) is read from the name
    // (and from the name where the stretch from the code says nothing of it: 「…¥18.00（h1）」 read from h1 is 「（h1）」)
    const byCode = entity ? lineAbout(content, entity, entities) : undefined;
    const bare = !!byCode && !byCode.replace(entity?.id ?? '', '').replace(/[\s()（）:：,，]/g, '');
    const line = entity ? (bare ? lineAbout(content, entity, entities, { fromName: true }) ?? byCode : byCode ?? lineAbout(content, entity, entities, { fromName: true })) : undefined;
    return entity && line ? [{ entity, entities, line, item }] : [];
  });
  // how far from the asking words a part names each thing (「北门店冰滴多少钱」: 冰滴 is asked about, not the store)
  const distance = (part: string, { entity, entities }: (typeof read)[number]) => {
    const ask = ASKS.exec(part);
    const hit = ask ? matchEntitiesAnyLanguage(part, entities).find((h) => h.entity.id === entity.id) : undefined;
    return ask && hit ? Math.max(0, hit.span[0] - (ask.index + ask[0].length), ask.index - hit.span[1]) : Infinity;
  };
  type Thing = (typeof read)[number];
  // Only what the question is about (the drink asked the price of, not the store it is picked up at):
  // a line that says its words, or about the thing named nearest the asking words; an item ordered
  // before the store it comes from (「X店有没有…那种双层的」); with a price where it asks one.
  const nearest = (part: string, thing: Thing) => distance(part, thing) < Infinity && read.every((other) => other.item !== thing.item || distance(part, thing) <= distance(part, other));
  // (when it is open is asked of the place the order is had at, named or not: 「…到店自取，几点前能去拿」)
  const about = (part: string, thing: Thing) => sharesWords(part.replace(ASKS, ' '), thing.line) || nearest(part, thing) || (ASKS_HOURS.test(part) && !thing.item && HOURS.test(thing.line));
  const answers = (part: string, thing: Thing) => answersPart(part, thing.line);
  const asks = (part: string, thing: Thing) => about(part, thing) && answers(part, thing) && (thing.item || !read.some((other) => other.item && about(part, other) && answers(part, other)));
  const lines: string[] = [];
  for (const thing of read) if (!lines.includes(thing.line) && asked.some((part) => asks(part, thing))) lines.push(thing.line);
  // (「云溪到青屿的船要坐多久？…来两张」: a fact of a thing the question names, not the one ordered — the route of the
  // sailing — from the list read on the way that names it)
  for (const part of asked.filter((p) => ASKS_LENGTH.test(p) || ASKS_PRICE.test(p))) {
    if (read.some((thing) => asks(part, thing))) continue;
    const line = namedLine(part, transcript);
    if (line && !lines.includes(line)) lines.push(line);
  }
  // a price asked in words no list shares ("How much is a premium seat…" of a list written in
  // Chinese) is the price of the one thing the order is for, where one thing is and its line says one
  // (or, where nothing but the one thing ordered says a price, its line: 「…买两盒X，自取，多少钱一盒」)
  const pricedOwn = read.filter((thing) => !thing.item && PRICE.test(thing.line));
  const pricedItems = read.filter((thing) => thing.item && PRICE.test(thing.line));
  const priced = pricedOwn.length ? pricedOwn : pricedItems;
  if (!lines.length && priced.length === 1 && asked.some((part) => ASKS_PRICE.test(part) && !read.some((thing) => about(part, thing)))) lines.push(priced[0]!.line);
  // 「买一盒X，这个是治什么的」, "is it ok for kids?": what the one thing ordered is for, in its own words
  const forWhat = asked.some((part) => ASKS_WHAT_FOR.test(part)) && read.length ? read.filter((thing) => thing.item).concat(read.filter((thing) => !thing.item)) : [];
  const purpose = forWhat.map((thing) => ({ thing, said: purposeOf(thing.entity) })).find((p) => p.said);
  if (purpose?.said && !lines.some((line) => line.includes(purpose.said!))) lines.push(`${purpose.thing.entity.names[0] ?? purpose.thing.entity.id}：${purpose.said}`);
  // ("Whose pottery session is it there, and when is it? Put me down": who and when, of the one thing the order is for)
  const own = read.filter((thing) => !thing.item);
  if (!lines.length && own.length === 1 && asked.some((part) => ASKS_WHO_WHEN.test(part))) lines.push(own[0]!.line);
  return lines;
}

/** A question of what a thing is for, or whom it suits (「治什么的」「有什么用」「小孩能吃吗」, "what's it for", "ok for kids?"). */
const ASKS_WHAT_FOR = /治什么|治啥|管什么|(?:有|干|做)?(?:什么|啥)用|用来干|功效|作用|适合(?:什么|谁|哪)|(?:孩子|小孩|儿童|宝宝|老人|孕妇)(?:能|可以)(?:吃|用)|\bwhat(?:'s| is) it (?:for|used for)\b|\bwhat does it (?:treat|do)\b|\b(?:ok(?:ay)?|safe|good|suitable) for (?:kids|children|a child|babies|my (?:son|daughter|kid))\b/i;
/** Fields in which a thing says what it is for or whom it suits. */
const PURPOSE = /^(?:uses?|usage|indications?|effects?|purpose|suitable(?:For)?|用途|功效|适应症|主治|适用人群)$/i;

/** What a listed thing says it is for, in its own words (its `use`, else its description). */
function purposeOf(entity: Entity): string | undefined {
  const key = Object.keys(entity.fields ?? {}).find((k) => PURPOSE.test(k));
  return (key ? entity.fields?.[key]?.trim() : undefined) || descriptionOf(entity);
}

/** What a question asks that a line says: a price where it asks one, hours, a length of time. */
function answersPart(part: string, line: string): boolean {
  // (what a thing is for is said from its own words, not its line: `purposeOf`)
  if (ASKS_WHAT_FOR.test(part) && !ASKS_PRICE.test(part) && !ASKS_HOURS.test(part) && !ASKS_LENGTH.test(part)) return false;
  return (!ASKS_PRICE.test(part) || PRICE.test(line)) && (!ASKS_HOURS.test(part) || HOURS.test(line)) && (!ASKS_LENGTH.test(part) || LENGTH.test(line));
}

/** The line of a thing the question names in full, from the lists read since the person last spoke, where it says what is asked. */
function namedLine(part: string, transcript: Transcript[]): string | undefined {
  const since = transcript.findLastIndex((t) => t.role === 'user');
  for (const t of transcript.slice(since + 1)) {
    if (t.role !== 'tool-result' || t.isError) continue;
    const entities = entitiesOfContent(t.structuredContent);
    for (const hit of matchEntitiesAnyLanguage(part, entities).filter((h) => h.score >= 0.9)) {
      const line = lineAbout(t.content, hit.entity, entities, { fromName: true });
      if (line && answersPart(part, line)) return line;
    }
  }
  return undefined;
}

/** The stretch of a list's text about one thing: from where it is named to where the next thing is, within its sentence. */
export function lineAbout(content: string, entity: Entity, all: Entity[], { fromName = false } = {}): string | undefined {
  // `fromName`: from where it is named, not where its code is, so the line says which thing it is about
  const names = [...(fromName ? [] : [entity.id]), ...[...entity.names].sort((a, b) => b.length - a.length)].filter((n) => n.length >= 2);
  const name = names.find((n) => content.includes(n));
  if (name === undefined) return undefined;
  // (where the name also stands inside another's line, 「双人餐（大份薯条+…）」, the line it heads)
  const found = headedAt(content, name) ?? content.indexOf(name);
  // a name in its marks (《午夜快递》, 「…」) is said with them
  const marked = found > 0 && /[《「“『(（]/.test(content[found - 1]!) ? found - 1 : found;
  // (a name found inside brackets, 「云溪电力 电费（户号 5566）」, is said with what opens them)
  const before = content.slice(0, marked);
  const lineStart = lineStartOf(before);
  const lead = content.slice(lineStart, marked);
  const start = marked > found - 1 && (lead.match(/[(（]/g)?.length ?? 0) > (lead.match(/[)）]/g)?.length ?? 0) ? lineStart : marked;
  const others = all.filter((e) => e.id !== entity.id).flatMap((e) => [e.id, ...e.names]).filter((n) => n.length >= 2 && !name.includes(n));
  let end = content.slice(found + name.length).search(/[。；;\n]/);
  end = end < 0 ? content.length : found + name.length + end;
  for (const other of others) {
    const at = content.indexOf(other, found + name.length);
    if (at >= 0 && at < end) end = at;
  }
  const stretch = content.slice(start, end);
  const trimmed = (text: string) => text.replace(/[\s、，,：:（(]+$/, '').trim();
  const bare = trimmed(stretch.replace(new RegExp(`^${escapeRegExp(entity.id)}[：:，,\\s]*`), ''));
  // (a list that gives the code after what it says of the thing, 「…陶艺入门（周老师）¥88 余3位 sessionId=s7。」: those words)
  const line = name === entity.id && !bare ? wordsBefore(content, found + name.length) : fromName ? trimmed(stretch) : bare;
  return line.length >= 2 && line.length <= 160 ? line : undefined;
}

/** The words of a line up to `end`: from where the line starts, a clock's colon no break. */
function wordsBefore(content: string, end: number): string {
  const before = content.slice(0, end);
  return before.slice(lineStartOf(before, { pastClocks: true })).trim();
}

/** Where a name heads a line of the content (only marks or spaces since the last 「；」「。」「：」 or new line), if it does. */
function headedAt(content: string, name: string): number | undefined {
  for (let at = content.indexOf(name); at >= 0; at = content.indexOf(name, at + 1)) {
    if (/^[\s《「“『(（\d.、-]*$/.test(content.slice(lineStartOf(content.slice(0, at)), at))) return at;
  }
  return undefined;
}

/** Where the line that a text ends in starts: after its last 「；」「。」「：」, new line or colon (`pastClocks`: a colon no clock's, 「14:00」). */
function lineStartOf(before: string, { pastClocks = false } = {}): number {
  const colons = pastClocks ? [...before.matchAll(/:(?!\d)/g)].map((m) => m.index!) : [before.lastIndexOf(':')];
  return Math.max(...['；', ';', '。', '\n', '：'].map((mark) => before.lastIndexOf(mark)), ...colons) + 1;
}

/** Whether a line says a word of the question: two Chinese characters in a row, or an English word of four letters or more. */
function sharesWords(question: string, line: string): boolean {
  const lower = line.toLowerCase();
  return questionWords(question).some((word) => lower.includes(word));
}

/** The words of a question a line may share: each two Chinese characters in a row, and English words of four letters or more (lower case). */
export function questionWords(question: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < question.length; i++) if (/^[\u4e00-\u9fff]{2}$/.test(question.slice(i, i + 2))) pairs.push(question.slice(i, i + 2));
  return [...pairs, ...(question.toLowerCase().match(/[a-z]{4,}/g) ?? [])];
}

/** The text of the latest successful result of `toolId` that lists the thing (`lists`). */
function latestContent(transcript: Transcript[], toolId: string, lists: (structured: unknown) => boolean): string {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const t = transcript[i];
    if (t?.role === 'tool-result' && t.toolId === toolId && !t.isError && lists(t.structuredContent)) return t.content;
  }
  return '';
}
