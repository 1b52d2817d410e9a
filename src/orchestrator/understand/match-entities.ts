import { stem } from '../../catalog/search/index.ts';
import { BoundedMemo } from '../../core/index.ts';
import { isGenericWord, nameVariants, type NameVariant } from './entity-names.ts';
import { withoutContents } from './name-contents.ts';
import { extractDateTime, type DateTimeReference } from './extract-date-time.ts';
import { findAll, fold, type Phrase, type PhraseHit } from './find-phrases.ts';
import { pinyinHits, sizeWordHits } from './pinyin-names.ts';
import { textOf } from './text-input.ts';
import { wordForm } from './word-forms.ts';

/** A thing an earlier result returned, by id, with the names a person may call it. */
export interface Entity {
  id: string;
  /** name, nameEn, label, title, aliases… */
  names: string[];
  /** city, date, time, departTime… */
  fields?: Record<string, string>;
}

export interface EntityMatch {
  entity: Entity;
  /** 0..1: 1 for the full name, less for a shortened name, a fragment, or a field. */
  score: number;
  span: [number, number];
}

export interface MatchEntitiesOptions {
  /** Field names whose values also name the entity (e.g. ['city']); none by default. */
  fields?: readonly string[];
  /** With a reference, a date or time in the text picks the entities whose fields hold it. */
  ref?: DateTimeReference;
}

const HAN = /\p{Script=Han}/u;
/**
 * Name variants by (names, tags): an entity's names are mostly the same bare (below), and a
 * result lists the same things turn after turn (a mini-program's stores), so they are worked out once.
 */
const knownVariants = new BoundedMemo<NameVariant[]>(4_000);
/** 「帮我订」/"help me book": here 我/me is the one asking, not someone chosen. */
const REQUESTER_FRAME_ZH = /[帮替请让叫]$/u;
const REQUESTER_FRAME_EN = /\b(?:help|let|tell|show|ask|remind)\s+$/i;
/** A sum of money as said (「150块」「30元」「¥80」, "30 kuai"): the same length of blanks keeps every span where it was. */
const MONEY = /[¥￥]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:块钱?|元(?!宵)|kuai\b|yuan\b|rmb\b|bucks\b)/giu;
const LIST_AFTER = /^\s*(?:和|跟|与|、|,|，|and\b)/iu;

/**
 * Which of the entities the text names, longest and most specific first: full names and
 * aliases in the text, shortened names (回龙观 for 回龙观店), and short texts inside a name
 * (a reply 「枫林」 for 枫林三期店). Results do not overlap and come in text order; when several
 * entities fit one span equally well they are all returned there, so the caller can ask.
 */
export function matchEntities(input: string, list: readonly Entity[], options: MatchEntitiesOptions = {}): EntityMatch[] {
  // (a sum of money said, 「不超过150块」, names nothing: not the 150 of 「90～150㎡」)
  const text = textOf(input).replace(MONEY, (m) => ' '.repeat(m.length));
  const entities: Entity[] = Array.isArray(list) ? list.filter((entity) => typeof entity?.id === 'string') : [];
  const variants = (names: string[], tags: string[]) => knownVariants.get(JSON.stringify([names, tags]), () => nameVariants(names, tags));
  const phrases = entityPhrases(entities, options.fields ?? [], variants);
  // Pieces of a name are read from the name alone, not the list of what the thing holds (a combo's).
  const bare = entities.map((entity) => ({ ...entity, names: namesOf(entity).map(withoutContents) }));
  const barePhrases = entityPhrases(bare, options.fields ?? [], variants);
  // A word every entity's name holds, or most of a longer list's (「保洁」 of five cleaning services
  // out of eight, "cleaning"), tells none apart.
  const shared = (fragment: string) => {
    const holding = bare.filter((entity) => entity.names.some((name) => fold(name).includes(fragment))).length;
    return entities.length > 1 && (holding === entities.length || (entities.length >= 4 && holding * 2 > entities.length));
  };
  const places: Set<string>[] = [];
  const hits: PhraseHit<number>[] = [
    ...findAll(text, phrases),
    ...fragmentHits(text, barePhrases, shared, brandKeys(entities), (key) => places[key] ??= placeKeys(entities[key])),
    ...fieldTimeHits(text, entities, options.ref),
    ...pinyinHits(text, bare.map(namesOf)),
    ...sizeWordHits(text, bare.map(namesOf)),
  ];
  const ranked = hits.filter((hit) => !overreaches(hit, hits)).sort((a, b) => length(b) - length(a) || b.quality - a.quality || a.span[0] - b.span[0]);
  const chosen: PhraseHit<number>[] = [];
  for (const hit of ranked) {
    const tie = chosen.find((other) => sameSpan(other, hit) && Math.abs(other.quality - hit.quality) < 1e-9);
    if (tie) {
      if (!chosen.some((other) => sameSpan(other, hit) && other.key === hit.key)) chosen.push(hit);
      continue;
    }
    if (chosen.every((other) => hit.span[1] <= other.span[0] || other.span[1] <= hit.span[0])) chosen.push(hit);
  }
  return chosen
    .sort((a, b) => a.span[0] - b.span[0] || b.quality - a.quality)
    .map((hit) => ({ entity: entities[hit.key]!, score: round(hit.quality), span: hit.span }));
}

/**
 * A piece of a longer name that holds another thing's whole name and reaches only a character or
 * two past it (「两杯中杯可乐」: 「杯中杯可乐」 of 「双人套餐（…2杯中杯可乐）」 around 「中杯可乐」): the
 * whole name said is what was meant, the extra characters are the words around it.
 */
function overreaches(hit: PhraseHit<number>, hits: readonly PhraseHit<number>[]): boolean {
  return hit.quality < FULL && hits.some((whole) => whole.key !== hit.key && whole.quality >= FULL
    && whole.span[0] >= hit.span[0] && whole.span[1] <= hit.span[1] && length(hit) - length(whole) <= 2);
}
const FULL = 0.999;

function entityPhrases(entities: readonly Entity[], fields: readonly string[], variants: (names: string[], tags: string[]) => NameVariant[]): Phrase<number>[] {
  const owners = new Map<string, Set<number>>();
  const phrases: Phrase<number>[] = [];
  entities.forEach((entity, key) => {
    const extra = fields.map((field) => entity.fields?.[field]).filter((value): value is string => typeof value === 'string');
    const tags = Object.values(entity.fields ?? {}).filter((value): value is string => typeof value === 'string');
    for (const variant of variants(namesOf(entity), tags)) {
      phrases.push({ text: variant.text, key, quality: variant.quality, accept: requesterAcceptor(variant.text) });
      const folded = fold(variant.text);
      (owners.get(folded) ?? owners.set(folded, new Set()).get(folded)!).add(key);
    }
    for (const value of extra) phrases.push({ text: value, key, quality: 0.5 });
  });
  // a name every entity shares (the brand of all its stores) tells them apart from nothing
  const everyone = (phrase: Phrase<number>) => (owners.get(fold(phrase.text))?.size ?? 0) >= entities.length;
  return phrases.filter((phrase) => entities.length < 2 || phrase.quality <= 0.5 || !everyone(phrase));
}

/** Short texts inside a longer name: 「枫林」 in 枫林三期店, "Century" in "Century Avenue". */
function fragmentHits(
  text: string,
  phrases: readonly Phrase<number>[],
  shared: (fragment: string) => boolean,
  brand: ReadonlySet<string>,
  place: (key: number) => ReadonlySet<string>,
): PhraseHit<number>[] {
  const spoken = units(text);
  const hits: PhraseHit<number>[] = [];
  for (const phrase of phrases) {
    if (phrase.quality <= 0.5) continue;
    const name = nameUnits.get(phrase.text, () => units(phrase.text));
    // the brand all share and the city it is in (杭州 of 杭州云溪枢纽店) are not what sets it apart
    const common_ = new Set([...brand, ...place(phrase.key)]);
    // the longest run of the name's words the text says that tells this entity apart
    for (const common of commonRuns(spoken, name)) {
      const hit = fragmentHit(text, spoken, phrase, name, common, shared, common_);
      if (hit === 'plain') break;
      if (hit) {
        hits.push(hit);
        break;
      }
    }
  }
  return hits;
}

function fragmentHit(
  text: string,
  spoken: Unit[],
  phrase: Phrase<number>,
  name: Unit[],
  common: Run,
  shared: (fragment: string) => boolean,
  brand: ReadonlySet<string>,
): PhraseHit<number> | 'plain' | undefined {
  // the whole name said verbatim is a plain match; said in another form of its words ("deep
  // clean" for "Deep cleaning") it is nearly one
  const whole = common.length === name.length;
  if (whole && fold(text).includes(fold(phrase.text))) return 'plain';
  const fragment = common.units.map((unit) => unit.text).join(HAN.test(common.units[0]!.text) ? '' : ' ');
  if (common.units.every((unit) => isGenericWord(unit.text)) || isGenericWord(fragment)) return undefined;
  const span: [number, number] = [spoken[common.start]!.start, spoken[common.start + common.length - 1]!.end];
  if (whole) return { key: phrase.key, phrase: phrase.text, quality: 0.95 * phrase.quality, span };
  if (shared(fold(text.slice(span[0], span[1])))) return undefined;
  const chars = common.units.reduce((sum, unit) => sum + unit.text.length, 0);
  // what every name holds (the brand of 银河影城·滨湖店, 银河影城·枫林店) says nothing: 「滨湖」 is all of what sets this one apart
  const own = name.filter((unit) => !brand.has(unit.key)).length;
  const ownSaid = common.units.filter((unit) => !brand.has(unit.key)).length;
  const ratio = Math.max(common.length / name.length, own > 0 ? ownSaid / own : 0);
  // two characters that open a longer name are how people shorten it (「善存」 for 善存多维元素片): a weak hit, not a tie-breaker
  const opening = common.at === 0 && name.length >= 4 && !brand.has(common.units[0]!.key);
  // …and the word a name ends on after 的 (「证人」 of 沉默的证人) is how people call it too
  const closing = common.at + common.length === name.length && name.length >= 4 && /^[的之]$/.test(name[common.at - 1]?.text ?? '');
  // a run with any Han character in it (「维C咀嚼片」) is measured in characters
  const han = common.units.some((unit) => HAN.test(unit.text));
  const tooShort = han ? chars < 2 || (chars < 3 && ratio < 0.5 && !opening && !closing) : common.units.every((unit) => unit.text.length < 3);
  return tooShort ? undefined : { key: phrase.key, phrase: phrase.text, quality: 0.7 * phrase.quality * ratio, span };
}

/** The characters of the city an entity says it is in (`city`, `cityName`): part of its name, but not of what sets it apart. */
function placeKeys(entity: Entity | undefined): Set<string> {
  const city = Object.entries(entity?.fields ?? {}).find(([k]) => /^city(?:Name)?$/i.test(k))?.[1] ?? '';
  return new Set(units(city).map((unit) => unit.key));
}

/** The words (Han characters, English word forms) every entity's first name holds: a brand, a common suffix. */
function brandKeys(entities: readonly Entity[]): Set<string> {
  const firsts = entities.map((entity) => namesOf(entity)[0]).filter((name): name is string => !!name);
  if (firsts.length < 2) return new Set();
  const [head, ...rest] = firsts.map((name) => new Set(units(name).map((unit) => unit.key)));
  return new Set([...head!].filter((key) => rest.every((set) => set.has(key))));
}

/** A time or date in the text picks the entities whose fields hold it (「三点那班」 → 15:00). */
function fieldTimeHits(
  text: string,
  entities: readonly Entity[],
  ref: DateTimeReference | undefined,
): PhraseHit<number>[] {
  if (!ref) return [];
  const when = extractDateTime(text, ref);
  if (!when.span || (!when.time && !when.date)) return [];
  const hits: PhraseHit<number>[] = [];
  entities.forEach((entity, key) => {
    const values = Object.values(entity.fields ?? {}).filter((value) => typeof value === 'string');
    const atTime = new RegExp(`(?:^|\\D)${when.time}(?::00)?(?:\\D|$)`);
    const timeMatches = when.time !== undefined && values.some((value) => atTime.test(value));
    const dateMatches = when.date !== undefined && values.some((value) => value.includes(when.date!));
    if (!timeMatches && !dateMatches) return;
    if (when.time && !timeMatches) return; // a named time that differs rules the entity out
    const quality = timeMatches && dateMatches ? 0.9 : timeMatches ? 0.8 : 0.6;
    hits.push({ key, phrase: when.time ?? when.date!, quality, span: when.span! });
  });
  return hits;
}

/** `key` compares: the word's one form ("cleaning" and "clean" alike). */
type Unit = { text: string; key: string; start: number; end: number };

/** A name's units, by the name: the names a result lists come back turn after turn (shared: never changed). */
const nameUnits = new BoundedMemo<Unit[]>(4_000);

/** Han characters one by one and Latin words, lowercased and stemmed, with their positions. */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  for (const match of fold(text).matchAll(/\p{Script=Han}|[a-z0-9]+/gu)) {
    // a folded run of ASCII letters and digits is one word to the segmenter: its search form is its stem
    const word = HAN.test(match[0]) ? match[0] : stem(match[0]);
    out.push({ text: word, key: HAN.test(word) ? word : wordForm(word), start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** `start` in the text said, `at` in the name. */
type Run = { start: number; length: number; units: Unit[]; at: number };

/** Every run of words the two texts share that cannot grow, longest first. */
function commonRuns(a: Unit[], b: Unit[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (a[i]!.key !== b[j]!.key || (i > 0 && j > 0 && a[i - 1]!.key === b[j - 1]!.key)) continue;
      let length = 1;
      while (i + length < a.length && j + length < b.length && a[i + length]!.key === b[j + length]!.key) length++;
      runs.push({ start: i, length, units: a.slice(i, i + length), at: j });
    }
  }
  return runs.sort((x, y) => y.length - x.length || x.start - y.start);
}

/**
 * Drops 我 in 「帮我订」 and me in "help me book" unless a list follows (「帮我和老婆」), and the
 * possessive 我 of 「给我老婆订」 / 「我妈」: there the person is the relation, not the speaker.
 */
function requesterAcceptor(name: string): Phrase<number>['accept'] {
  if (!/^(?:我|me)$/i.test(name)) return undefined;
  return (text, start, end) => {
    const before = text.slice(0, start);
    const after = text.slice(end);
    if (/^我$/.test(name) && POSSESSED_AFTER.test(after)) return false;
    const framed = REQUESTER_FRAME_ZH.test(before) || REQUESTER_FRAME_EN.test(before);
    return !framed || LIST_AFTER.test(after);
  };
}

/** 我 directly before a relation word owns it (「我老婆」「我家孩子」). */
const POSSESSED_AFTER = /^(?:的)?(?:家)?(?:老婆|妻子|爱人|太太|媳妇|夫人|老公|丈夫|爸爸|老爸|爸|妈妈|老妈|妈|父亲|母亲|儿子|女儿|孩子|小孩|同事|朋友)/u;

const namesOf = (entity: Entity): string[] =>
  Array.isArray(entity.names) ? entity.names.filter((name) => typeof name === 'string') : [];
const length = (hit: PhraseHit<number>) => hit.span[1] - hit.span[0];
const sameSpan = (a: PhraseHit<number>, b: PhraseHit<number>) => a.span[0] === b.span[0] && a.span[1] === b.span[1];
const round = (score: number) => Math.round(score * 1000) / 1000;
