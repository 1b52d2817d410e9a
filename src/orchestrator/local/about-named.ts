import { matchEntities, narrowByAmount, pickSuperlative, type DateTimeReference, type Entity } from '../understand/index.ts';
import { lineAbout, questionWords } from './answer-along.ts';
import { describedFor } from './described.ts';
import { describedAmong } from './by-description.ts';
import { entitiesIn, priceOf } from './entities.ts';
import { ASKS_COUNT, factAnswer } from './fact-answer.ts';
import { hoursSaid } from './hours-said.ts';
import { ofKindSaid } from './kind-said.ts';
import { nameWithPrice } from './listed-line.ts';

/**
 * A question about one thing a list names (「湖滨店几点关门？」, "is the river view room free on
 * Saturday?"), or the one a superlative picks (「最早的那班几点」), is answered by the list's line about
 * that thing, not the whole list; a question about a few of them, by their lines. A question for a
 * fact the list's words leave out (a length, an address) hears it from the thing's fields
 * (`fact-answer.ts`). Undefined where the question names none of them, or many, or the list has only the one.
 * `ref` is the hub's clock, for the days and times a question says.
 */
export function aboutNamed(content: string, structured: unknown, texts: readonly string[], ref: DateTimeReference): string | undefined {
  const line = lineAnswer(content, structured, texts);
  const fact = factAnswer(texts, structured, ref);
  if (!fact) return line;
  // (「云溪有几家？东港那家在哪」: how many, and which, is the whole list, heard before the fact)
  if (texts.some((text) => ASKS_COUNT.test(text)) && entitiesIn(structured).length > 1) return `${content}\n${fact.text}`;
  if (!fact.values.every((value) => content.includes(value))) return fact.text;
  // what the list says in its own words is heard as it says it: its line, or all of a list of one
  return line ?? (entitiesIn(structured).length < 2 ? undefined : fact.text);
}

/** The line of the list about the thing named, with what holds for all of them. */
function lineAnswer(content: string, structured: unknown, texts: readonly string[]): string | undefined {
  const entities = entitiesIn(structured);
  if (entities.length < 2) return undefined;
  const named = new Map(texts.flatMap((text) => matchEntities(text, entities)).map((hit) => [hit.entity.id, hit.entity]));
  // "a deep clean for 120 square meters": of those named alike, the one whose range holds the size said
  const sized = named.size > 1 ? narrowByAmount([...named.values()], texts.join(' ')) : [];
  if (sized.length === 1) named.clear(), named.set(sized[0]!.id, sized[0]!);
  // "How much is a pilates class, and the 10-class pack?": a question of two things hears the list;
  // two questions about one thing (「精洗多少钱？七座车要加钱吗」) hear its line and what it says of itself
  // 「最早的高铁是几点」, "the cheapest one?": the one the superlative picks among them all
  // (「乌龙里最贵的是哪款」: of the kind said, whatever one of them is called by the kind's own name)
  const ofKind = texts.map((text) => ofKindSaid(text, entities)).find((list) => list.length < entities.length);
  const scoped = ofKind ? texts.map((text) => pickSuperlative(ofKind, text)).find(Boolean) : undefined;
  const picked = scoped ?? (named.size === 0 ? texts.map((text) => pickSuperlative(entities, text)).find(Boolean) : undefined);
  // (two questions of the one a superlative picks, 「第一场是几点，什么片」, are both about it)
  const questions = Math.max(...texts.map((text) => text.split(PARTS).filter((part) => ASKING.test(part)).length));
  const one = named.size === 1 ? [...named.values()][0] : undefined;
  // ("anything for a cold?", 「有治过敏的药吗，多少钱」: none named, the few whose use the complaint says)
  const fitting = !picked && named.size === 0 ? texts.map((text) => describedAmong(text, entities)).find((fit) => fit.length && fit.length < entities.length) : undefined;
  if (questions > 1 && !picked && !fitting && !(one && texts.some((text) => describedFor(text, one, content)))) return undefined;
  // 「思密达跟开瑞坦各多少钱」: a few things named hear their own lines
  const asked = picked ? [picked] : fitting && fitting.length <= MANY ? fitting : named.size <= MANY ? [...named.values()] : [];
  // (a list whose words name none of its things — 「已为用户列出全部 40 款饮品。请引导用户点击卡片…」 — is
  // heard from each thing's own fields: its name and price)
  const silent = !entities.some((entity) => entity.names.some((name) => name.length >= 2 && content.includes(name)));
  const lines = asked.flatMap((entity) => lineAbout(content, entity, entities, { fromName: true }) ?? (silent ? fieldsLine(entity) : undefined) ?? []);
  const [first] = lines;
  if (first === undefined || lines.length < asked.length) return undefined;
  // 「拿铁换成杏仁奶要加钱吗？」: what else it asks about is said elsewhere in the list (the surcharges), so the list is heard
  const names = entities.flatMap((e) => [e.id, ...e.names]).filter((name) => name.length >= 2);
  // 「望京店几点关门」 of a list whose lines leave out the hours its places carry: the hours come with the line
  const hours = asked.length === 1 ? texts.map((text) => hoursSaid(text, first, asked[0]!)).find(Boolean) : undefined;
  const described = asked.length === 1 ? texts.map((text) => describedFor(text, asked[0]!, first)).find(Boolean) : undefined;
  const said = hours ? [`${first} ${hours}`] : described ? [`${first}；${described}`] : lines;
  const answer = `${leadIn(content, first, names)}${said.join('；')}${notes(content, lines, names)}`;
  return texts.some((text) => asksBeyond(text, answer, content, asked.flatMap((entity) => entity.names))) ? undefined : answer;
}

/** A thing's line from its own fields, where the list's words give none: its name and its price (「橘皮拿铁 ¥20」). */
function fieldsLine(entity: Entity): string | undefined {
  return priceOf(entity) === undefined ? undefined : nameWithPrice(entity);
}

/** More things named than this is asking about the list. */
const MANY = 4;

const PARTS = /[，,;；、]|\band\b|以及|和/i;
const ASKING = /多少|几|吗|么|哪|什么|怎么|有没有|是否|能不能|可不可以|\b(?:how|what|which|when|where|is there|are there|do you|does)\b|^\s*(?:is|are|can|could|will|do|does)\b/i;

/**
 * What the list says of all it lists, before them (「2026-11-21 云溪北→青屿东 可购 11 趟车：」,
 * the hotel and dates of its rooms): said with the line, where it names none of the others.
 */
function leadIn(content: string, line: string, names: readonly string[]): string {
  const at = content.indexOf(line);
  if (at <= 0) return '';
  const sentence = content.slice(0, at).split(/[。！？!?\n]/).pop() ?? '';
  const colon = sentence.search(/[：:]/);
  // (an English colon keeps its space: "The teas on sale: Jasmine Pearl ¥20")
  const lead = colon >= 0 ? `${sentence.slice(0, colon + 1)}${sentence[colon] === ':' ? ' ' : ''}` : '';
  return lead.length <= 120 && !names.some((name) => lead.includes(name)) ? lead : '';
}

/** Whether the question says a word (two Chinese characters, or an English word of four letters) the list has outside the line and the thing's names. */
function asksBeyond(question: string, line: string, content: string, names: readonly string[]): boolean {
  const [all, own] = [content.toLowerCase(), line.toLowerCase()];
  return questionWords(question).some((word) => all.includes(word) && !own.includes(word) && !names.some((name) => name.toLowerCase().includes(word)));
}

/** The list's sentences about none of the things it lists (「外送满59元免运费，否则运费6元。」): what holds for the one asked about too. */
function notes(content: string, lines: readonly string[], names: readonly string[]): string {
  const general = content.split(/(?<=[。！!])/).map((sentence) => sentence.trim())
    .filter((sentence) => sentence && !lines.some((line) => sentence.includes(line)) && !names.some((name) => sentence.includes(name)));
  return general.length ? `。${general.join('')}`.replace(/。。/g, '。') : '';
}
