import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { complaintSpan, detectLanguage, findAddress, matchEntities, tellingWords, thingWords, withChineseWords, type Entity } from '../understand/index.ts';

/**
 * Searching a list API with the user's own word. A shop lists its goods by their names
 * (「盐酸西替利嗪片（仙特明）」) while people say a brand or a nickname ("Zyrtec", "Allergy pills"):
 * the API's own search knows what its list does not show. A thing found by searching for a
 * word is named by that word.
 */

const KEYWORD_NAME = /^(?:keyword|keywords|query|q|search|term|text|name|title)$/i;
const KEYWORD_DESCRIPTION = /关键词|关键字|商品名|名称|品名|俗称|品牌|搜索|keyword|search term|name or/i;

/** The free-text search parameter of a list API (`keyword`: 「商品名、品牌或俗称」), if it has one. */
export function keywordParam(tool: Tool): string | undefined {
  const props = Object.entries(tool.inputSchema.properties ?? {});
  const text = props.filter(([name, schema]) => (schema.type === 'string' || schema.type === undefined) && !schema.enum && !/(?:Id|ID|_id)$/.test(name));
  return text.find(([name]) => KEYWORD_NAME.test(name))?.[0] ?? text.find(([, schema]) => KEYWORD_DESCRIPTION.test(schema.description ?? ''))?.[0];
}

/** Common words that open or fill an English request, never the name of a thing. */
const NOT_NAMES = new Set(['i', "i'd", "i'm", "i'll", 'please', 'can', 'could', 'would', 'will', 'get', 'give', 'order', 'buy', 'book', 'which',
  'what', 'how', 'is', 'are', 'the', 'a', 'an', 'my', 'me', 'and', 'or', 'for', 'to', 'from', 'at', 'in', 'on', 'of', 'deliver', 'send', 'bring',
  'pick', 'also', 'then', 'and', 'ok', 'okay', 'hi', 'hello', 'thanks', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'today', 'tomorrow', 'tonight', 'road', 'street', 'avenue', 'lane', 'store', 'shop', 'branch', 'mall', 'plaza', 'square', 'no',
  'something', 'anything', 'everything', 'that', 'this', 'it', 'those', 'these', 'one', 'whatever', 'yours', 'them', 'tower', 'building', 'center', 'centre',
  // (a month said with its day, "Dec 1", is a date)
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december',
  // (an answer of one word is read as a name: the words that answer without naming anything are none)
  'yes', 'yeah', 'yep', 'nope', 'sure', 'fine', 'great', 'perfect', 'cool', 'none', 'neither', 'either', 'both', 'any', 'all', 'whichever',
  'cheapest', 'cheaper', 'earliest', 'earlier', 'latest', 'later', 'first', 'second', 'third', 'last', 'other', 'same', 'cancel', 'stop', 'done', 'sorry']);

/** Capitalised words before a word of a place ("the Lotus Pond store", "Jade Garden Plaza"): a place's name, no thing's. */
const PLACE_NAMED = new RegExp(String.raw`((?:[A-Z][\w'-]*\s+){1,3})(?:${['store', 'shop', 'branch', 'pharmacy', 'outlet', 'location', 'mall', 'plaza', 'tower', 'building', 'center', 'centre', 'station', 'hotel', 'cinema', 'gym', 'club', 'road', 'street', 'avenue', 'lane']
  .map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join('|')})\b`, 'g');

/**
 * Names a request says that nothing listed so far knows: capitalised words past the start of a
 * sentence ("Zyrtec", "Advil"), and Latin words in a Chinese request. A word of a name some
 * list holds (a store's "Wulin") or of a street address is not one.
 */
export function unknownNames(request: string, known: readonly Entity[]): string[] {
  const names: string[] = [];
  const address = findAddress(request);
  // what a list knows by its fields counts too: a store's city and district ("Hangzhou")
  const places = known.map((e) => ({ ...e, names: [...e.names, ...Object.values(e.fields ?? {}).filter((v) => /\p{Script=Han}/u.test(v) && v.length <= 12)] }));
  for (const sentence of (address ? request.replace(address, ' ') : request).split(/(?<=[.!?？。！\n])\s*/)) {
    // (an English sentence with a Chinese address in it is still English: its lower-case words are no names)
    const han = /\p{Script=Han}/u.test(sentence) && detectLanguage(sentence) !== 'en';
    const words = [...sentence.matchAll(/[A-Za-z][A-Za-z'-]*[A-Za-z0-9]*/g)];
    const placeNames = new Set([...sentence.matchAll(PLACE_NAMED)].flatMap((m) => m[1]!.trim().split(/\s+/)));
    for (const [i, match] of words.entries()) {
      const word = match[0];
      // (texts joined by 「，」: "…store?，Address is …" starts its sentence after the comma)
      const startsSentence = i === 0 && /^[\s，,;；:：、]*$/u.test(sentence.slice(0, match.index));
      // (an answer that is a name alone, "Vantrel", starts its sentence and is still a name)
      const alone = startsSentence && /^[\s.!?]*(?:[，,;；]|$)/u.test(sentence.slice(match.index + word.length));
      if (NOT_NAMES.has(word.toLowerCase()) || placeNames.has(word) || word.length < 3 || (!han && ((startsSentence && !alone) || !/^[A-Z]/.test(word)))) continue;
      if (matchEntities(word, places).length) continue;
      if (!names.includes(word)) names.push(word);
    }
    // 「买两盒保济丸」: the thing a Chinese measure is of, where no list so far knows it by that name
    if (han) {
      const measured = [...sentence.matchAll(MEASURED_ZH), ...sentence.matchAll(COUNT_AFTER_ZH)].sort((a, b) => a.index - b.index).map((m) => m[1]);
      for (const said of measured.concat([...sentence.matchAll(HAVE_ZH)].map((m) => m[1] ?? m[2]))) {
        // (a word some listed name holds, 「口罩」 of 医用外科口罩, is known: the list tells those apart)
        // (nor words that end in a verb of buying: 「给我妈买两包…」 names 妈, who buys nothing)
        if (!said || /的|药$|东西$|[买订要拿]$|^(?:你们|你家|店里|这|那|还|都|有|没)|哪|什么|啥|多少|几/u.test(said) || matchEntities(said, places).length || places.some((e) => e.names.some((name) => name.includes(said))) || names.includes(said)) continue;
        names.push(said);
      }
    }
    // "a box of ibuprofen", "two packs of paracetamol": the thing a measure is of, in lower case too,
    // unless it is an everyday word with one Chinese word for it ("masks": 口罩), which the list is read by
    if (!han) {
      // ("which is cheaper, your kelvane drops or the dorvix syrup?": the two things compared are named as a measure's are)
      const compared = COMPARING.test(sentence) ? [...sentence.matchAll(COMPARED_EN)].flatMap((m) => [m[1], m[2]]) : [];
      const said = [...sentence.matchAll(MEASURED)].map(([, measured, some, asked]) => [measured, some, asked] as const)
        .concat([...sentence.matchAll(TIMES_COUNT)].map((m) => [m[1], undefined, undefined] as const))
        .concat(compared.map((name) => [name, undefined, undefined] as const));
      for (const [measured, some, asked] of said) {
        const said = measured ?? some ?? asked;
        // (an everyday word asked after — "how much is delivery?" — is no name: one the vocabulary knows, or a charge)
        if (!measured && said && (withChineseWords(said) !== said || CHARGES.test(said))) continue;
        // a lower-case letter after it is a word of the sentence ("… of ibuprofen a day"), not a code
        const word = said?.replace(/[\s-][a-z]$/, '');
        // (a word that tells one kind apart, "surgical" of surgical masks, is no name)
        if (!word || NOT_NAMES.has(word.toLowerCase()) || thingWords(word, { exact: true }) || tellingWords(word) || matchEntities(word, places).length) continue;
        // the whole name said stands for its first word found alone ("vitamin C", not "vitamin")
        const at = names.findIndex((n) => word.toLowerCase().startsWith(`${n.toLowerCase()} `) || n.toLowerCase() === word.toLowerCase());
        if (at >= 0) names.splice(at, 1, word);
        else names.push(word);
      }
    }
  }
  return names;
}

/** Charges and everyday things asked the price of ("how much is shipping?"). */
const CHARGES = /^(?:shipping|postage|parking|rent|tax|taxes|tips?|fees?|fares?|prices?|costs?|everything|anything|something|today|tonight|tomorrow|there|that|this|these|those)$/i;

/** 「两盒保济丸」「一瓶鱼肝油」「买盒保济丸」: a name of 2–8 Han characters after a count (or a verb) and its measure, up to a break or a word that goes on. */
const MEASURED_ZH = /(?:[一二两三四五六七八九十几]|\d{1,2}|(?<=[买要来拿带]))(?:盒|包|瓶|支|袋|罐|板|管|贴|粒|片)(\p{Script=Han}{2,8}?)(?=[，,。；;！!？?\s]|$|送|寄|到|给|和|跟|再|还|吧|呢|啊|就|我|过来|回来|带)/gu;

/** 「鱼肝油两盒」「保济丸来两盒」: a name of 2–8 Han characters that opens its clause (after a verb of buying), a count and its measure after it (not a store: 「在北门店买两盒…」). */
const COUNT_AFTER_ZH = /(?<=^|[，,。；;！!？?\s、：:])(?:帮我|给我|我想|我要|想要|再|要|买|拿)*(?![在去到从帮给我再来要买拿])((?:(?!店)\p{Script=Han}){2,8}?)(?=(?:来|要)?(?:[一二两三四五六七八九十几]|\d{1,2})(?:盒|包|瓶|支|袋|罐|板|管|贴|粒|片))/gu;

/** 「保济丸有没有」「有没有鱼肝油卖」「店里有保济丸吗」: the thing a question of having is of, at the start of its clause or after 有没有. */
const HAVE_ZH = /(?<=^|[，,。；;！!？?\s])(\p{Script=Han}{2,8}?)(?=有没有|有吗|有卖吗|有货吗|卖吗|有卖没)|(?:有没有|有卖|(?<![没还])有)(\p{Script=Han}{2,8}?)(?=[卖吗呢啊？?，,。！!\s]|$)/gu;

/** The thing a measure is of, with the letter or number that ends its name ("vitamin C", "omega 3"): searched as one. */
const MEASURED = /\b(?:a|an|one|two|three|four|five|\d+)\s+(?:box|boxes|pack|packs|packet|packets|bottle|bottles|tube|tubes|strip|strips|bag|bags|jar|jars|can|cans|carton|cartons|piece|pieces)\s+of\s+([a-z][a-z'-]{2,}(?:[\s-](?:[A-Z]\d{0,2}|\d{1,2})\b)?)|\b(?:deliver|send|bring|get me|buy|order|need|want)\s+(?:some|any)\s+([a-z][a-z'-]{4,})\b|\b(?:how much (?:is|are|does|do)|do you (?:have|sell|carry|stock)|is there any|got any)\s+(?:some\s+|any\s+)?([a-z][a-z'-]{4,})\b(?=\s*(?:cost\s*)?[?.!,]|\s*$)/gi;

/** "vantrelin x2", "kelvane ×3": a name counted by the times sign after it. */
const TIMES_COUNT = /\b([a-z][a-z'-]{3,})\s*[x×]\s*\d{1,2}\b/gi;

/** Two things named side by side with "or" ("your kelvane drops or the dorvix syrup"), in a sentence that compares them. */
const COMPARED_EN = /\b(?:your|the)\s+([a-z][a-z'-]{2,}(?:\s[a-z][a-z'-]{2,})?(?:[\s-](?:[A-Z]\d{0,2}|\d{1,2})\b)?)\s+or\s+(?:your\s+|the\s+)?([a-z][a-z'-]{2,}(?:\s[a-z][a-z'-]{2,})?(?:[\s-](?:[A-Z]\d{0,2}|\d{1,2})\b)?)(?=\s*[?.!,]|\s+(?:is|are)\b|\s*$)/gi;
const COMPARING = /\b(?:cheaper|pricier|better|stronger|bigger|smaller|more|less|which)\b/i;

/**
 * The words a request describes a thing by, as a mini-program's own search would be asked them:
 * the complaint a remedy is for, with the 药 said after it (「感冒药」「退烧药」, 「治过敏的药」: 过敏),
 * "a cold" as "cold". Undefined where no complaint is said.
 */
export function describingTerm(text: string): string | undefined {
  const span = complaintSpan(text);
  if (!span) return undefined;
  const said = text.slice(span[0], span[1]).replace(/^(?:an?|the|my|some)\s+/i, '').trim();
  return said && text[span[1]] === '药' ? `${said}药` : said || undefined;
}

/** Every entity some successful result of the transcript listed (what is known by name so far). */
export function everythingListed(transcript: readonly Transcript[], entitiesOf: (content: unknown) => Entity[]): Entity[] {
  return transcript.flatMap((t) => (t.role === 'tool-result' && !t.isError ? entitiesOf(t.structuredContent) : []));
}

/** The words `toolId` has already been searched for. */
export function searchedWords(transcript: readonly Transcript[], toolId: string, keyword: string): string[] {
  return transcript.flatMap((t) => (t.role === 'tool-call' && t.toolId === toolId && typeof t.arguments[keyword] === 'string' ? [t.arguments[keyword]] : []));
}

/**
 * The entities of a list API: its latest list without a search word, and what each search for a
 * user's word found, named by that word too (when the search found a few, not a whole list).
 * Undefined when the latest list failed or nothing was listed.
 */
export function listedWithSearches(transcript: readonly Transcript[], toolId: string, keyword: string, entitiesOf: (content: unknown) => Entity[]): Entity[] | undefined {
  let base: Entity[] | undefined;
  let failed = false;
  const found: Entity[] = [];
  for (const { word, result: t } of searchResults(transcript, toolId, keyword)) {
    if (word === undefined) {
      failed = t.isError;
      base = t.isError ? undefined : entitiesOf(t.structuredContent);
      continue;
    }
    if (t.isError) continue;
    const entities = entitiesOf(t.structuredContent);
    for (const entity of entities) found.push(entities.length <= 3 ? { ...entity, names: [...entity.names, word] } : entity);
  }
  if (failed && !found.length) return undefined;
  if (!base && !found.length) return undefined;
  const merged = new Map<string, Entity>();
  for (const entity of [...(base ?? []), ...found]) {
    const had = merged.get(entity.id);
    merged.set(entity.id, had ? { ...had, names: [...new Set([...had.names, ...entity.names])] } : entity);
  }
  return [...merged.values()];
}

/** The words `toolId` was searched for that found nothing (an empty list, or a refusal of them). */
export function searchedInVain(transcript: readonly Transcript[], toolId: string, keyword: string, entitiesOf: (content: unknown) => Entity[]): string[] {
  return searchResults(transcript, toolId, keyword).flatMap(({ word, result }) => (word !== undefined && !entitiesOf(result.structuredContent).length ? [word] : []));
}

/** Each result of `toolId`, in order, with the word it was searched for (undefined: listed without one). */
function searchResults(transcript: readonly Transcript[], toolId: string, keyword: string): { word: string | undefined; result: Extract<Transcript, { role: 'tool-result' }> }[] {
  const calls = new Map(transcript.flatMap((t) => (t.role === 'tool-call' && t.toolId === toolId ? [[t.callId, t.arguments] as const] : [])));
  return transcript.flatMap((t) => {
    if (t.role !== 'tool-result' || t.toolId !== toolId) return [];
    const word = calls.get(t.callId)?.[keyword];
    return [{ word: typeof word === 'string' && word !== '' ? word : undefined, result: t }];
  });
}
