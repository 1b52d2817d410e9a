import { pinyin } from 'pinyin-pro';
import { withinEdits } from '../../core/index.ts';
import { cityOf } from './cities.ts';
import type { PhraseHit } from './find-phrases.ts';

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[A-Za-z]+(?:'[A-Za-z]+)?/g;

/**
 * An English speaker names a place by its pinyin ("Chaoyang" for 朝阳, "Zhong Guan Cun" for
 * 回龙观): the Latin words of the text that spell two or more whole syllables of a Chinese
 * name, in order. A spelling every entity shares (the brand of all its stores) names none.
 */
export function pinyinHits(text: string, names: readonly string[][]): PhraseHit<number>[] {
  if (!/[A-Za-z]/.test(text)) return [];
  const spelled = names.map((list) => list.flatMap((name) => [...name.matchAll(HAN_RUN)].map((m) => syllables(m[0]))));
  if (!spelled.some((runs) => runs.length)) return [];
  const words = [...text.matchAll(LATIN_WORD)].map((m) => ({ text: m[0].toLowerCase().replace(/'/g, ''), start: m.index, end: m.index + m[0].length }));
  const hits: PhraseHit<number>[] = [];
  for (let i = 0; i < words.length; i++) {
    if (SUFFIX_PINYIN[words[i]!.text]) continue;
    for (let j = i; j < Math.min(words.length, i + 3); j++) {
      // "the Huilongguan store" spells 回龙观店: a kind of place after a name says the character it ends in
      const spelling = words.slice(i, j + 1).map((w, at) => (at > 0 && SUFFIX_PINYIN[w.text]) || w.text).join('');
      if (spelling.length < 5) continue;
      const owners = spelled.flatMap((runs, key) => {
        const covered = runs.map((run) => spans(run, spelling)).find((n) => n > 0);
        return covered ? [{ key, covered, total: runs.reduce((s, r) => s + r.length, 0) }] : [];
      });
      // "Kanshu" for 康舒 (kangshu): a capitalised name a letter or two off the spelling of one thing alone
      // (never a city spelled right: "Shanghai" is 上海, not a name a letter or two off it)
      const word = text.slice(words[i]!.start, words[i]!.end);
      const loose = owners.length || i !== j || !CAPITALISED.test(word) || cityOf(word) !== undefined ? [] : spelled.flatMap((runs, key) => {
        const covered = runs.map((run) => nearSpans(run, spelling)).find((n) => n > 0);
        return covered ? [{ key, covered, total: runs.reduce((s, r) => s + r.length, 0) }] : [];
      });
      if (loose.length === 1) owners.push(...loose);
      if (!owners.length || (names.length > 1 && owners.length === names.length)) continue;
      for (const owner of owners) {
        hits.push({ key: owner.key, phrase: spelling, quality: 0.5 + 0.4 * Math.min(1, owner.covered / Math.max(2, owner.total / 2)), span: [words[i]!.start, words[j]!.end] });
      }
    }
  }
  return hits;
}

/** English words for the kind of place a Chinese name ends in, spelled as that ending. */
const SUFFIX_PINYIN: Record<string, string> = {
  store: 'dian', shop: 'dian', branch: 'dian', outlet: 'dian', station: 'zhan', hospital: 'yiyuan', hotel: 'jiudian', campus: 'xiaoqu',
};

/** The toneless syllables of a run of Han characters. */
function syllables(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array' }).map((s) => s.replace(/ü|v/g, 'u'));
}

/** How many syllables of `run`, two or more in a row, spell `spelling` exactly (0: none do). */
function spans(run: string[], spelling: string): number {
  for (let a = 0; a < run.length; a++) {
    let joined = '';
    for (let b = a; b < run.length; b++) {
      joined += run[b];
      if (joined.length > spelling.length) break;
      if (joined === spelling && b > a) return b - a + 1;
    }
  }
  return 0;
}

/** A name as a person writes one: a capital and no more of them. */
const CAPITALISED = /^[A-Z][a-z]{5,}$/;

/**
 * How many syllables of `run`, two or more in a row, spell `spelling` but for two letters at most
 * added, dropped or changed, its first two letters right (0: none do).
 */
function nearSpans(run: string[], spelling: string): number {
  for (let a = 0; a < run.length; a++) {
    let joined = '';
    for (let b = a; b < run.length; b++) {
      joined += run[b];
      if (joined.length > spelling.length + 2) break;
      if (b > a && joined.length >= 6 && joined.slice(0, 2) === spelling.slice(0, 2) && withinEdits(joined, spelling, 2)) return b - a + 1;
    }
  }
  return 0;
}

const SIZE_CHARS = ['小', '中', '大'];

/**
 * The leading character of a name is a size only where the list sizes one kind of thing (小包,
 * 中包, 大包): another name differs from it by that character alone. 中山路店 is a place, not a
 * medium 山路店, so "a medium coffee at the Zhongshanlu store" names no store by its size.
 */
function inSizeSeries(name: string, names: readonly string[][]): boolean {
  const rest = name.slice(1);
  return rest.length > 0 && names.some((list) => list.some((other) => other !== name && other.slice(1) === rest && SIZE_CHARS.includes(other[0] ?? '')));
}

/** Size words are the one part of a Chinese name an English speaker translates ("the small room" for 小包). */
const SIZES: [RegExp, string][] = [[/\b(small|little)\b/i, '小'], [/\b(medium|mid-?size[d]?)\b/i, '中'], [/\b(large|big)\b/i, '大']];

/** The entities whose Chinese name opens with the size the text says in English, when that tells one apart. */
export function sizeWordHits(text: string, names: readonly string[][]): PhraseHit<number>[] {
  const hits: PhraseHit<number>[] = [];
  for (const [word, han] of SIZES) {
    const m = word.exec(text);
    if (!m) continue;
    const owners = names.flatMap((list, key) => (list.some((n) => n.startsWith(han) && inSizeSeries(n, names)) ? [key] : []));
    if (owners.length !== 1) continue;
    hits.push({ key: owners[0]!, phrase: m[0], quality: 0.6, span: [m.index, m.index + m[0].length] });
  }
  return hits;
}

/** A pinyin syllable: an initial (or none) and a final. Loose: a few spellings no syllable has pass too. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ve|a|o|e|i|u|v)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE})+$`, 'i');

/** Whether a Latin word is spelled wholly in pinyin syllables ("Huilongguan"): a Chinese name, not a foreign one ("Nordica"). */
export function spellsPinyin(word: string): boolean {
  return PINYIN_WORD.test(word.replace(/'/g, ''));
}

