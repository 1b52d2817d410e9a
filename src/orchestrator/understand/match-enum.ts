import type { EnumOption } from './enum-glosses.ts';
import { kinWords } from './enum-kin.ts';
import { gradesAThing, gradeWords } from './grade-words.ts';
import { findAll, longestFirst, type Phrase } from './find-phrases.ts';
import { textOf } from './text-input.ts';
import { refusedAt } from './refused-at.ts';

export interface EnumMatch {
  code: string;
  span: [number, number];
}

/** Chinese ways to say "none of it": 去冰 = 无冰 = 不要冰 = 不加冰. */
const ZH_NONE = ['去', '无', '不要', '不加', '免', '不放', '走'];
/** A Chinese gloss ending in one of these also matches without it when it is clearly a size: 大杯 → 大的, 超大号. */
const ZH_MEASURE_SUFFIX = /^(.+?)(?:杯|号|碗|份|码|瓶|装|盒|包|奶)$/u;
const AFTER_STEM = /^(?:的|号|杯|碗|份|码|瓶|装|盒|包|$|[\s,，。.;；、!！?？])/u;
const BEFORE_STEM = /(?:^|[一二两三四五六七八九十\d]\s*(?:杯|碗|份|瓶|盒|包|个)|要|来|换成?|改成?)$/u;

/**
 * Which enum values the text names, by gloss or by code: 「大杯」/ "large" → L, 「少糖」 → less.
 * The longest gloss wins (少冰 over 冰, 半糖 over 糖); results are in text order and may name
 * the same code more than once (one per item). `taken` spans (claimed by other parameters) are skipped.
 */
export function matchEnum(text: string, options: readonly EnumOption[], taken: readonly [number, number][] = []): EnumMatch[] {
  return optionsSaid(text, options, taken).filter((hit) => !hit.refused).map(({ code, span }) => ({ code, span }));
}

/** The options the text names only to refuse them (「不要观景舱」, "no premium seats"). */
export function refusedOptions(text: string, options: readonly EnumOption[]): string[] {
  const said = optionsSaid(text, options, []);
  return [...new Set(said.filter((hit) => hit.refused).map((hit) => hit.code))].filter((code) => !said.some((hit) => hit.code === code && !hit.refused));
}

function optionsSaid(text: string, options: readonly EnumOption[], taken: readonly [number, number][]): (EnumMatch & { refused: boolean })[] {
  // 「送20个」 reads as 「送几个」 for the kin words, "first-class" as "first class" (the same length,
  // so spans still point into the text)
  const read = textOf(text).replace(/(?<=送)\d/g, '几').replace(/(?<=[A-Za-z])-(?=[A-Za-z])/g, ' ');
  const hits = findAll(read, phrasesOf(Array.isArray(options) ? options : [])).filter(
    (hit) => !taken.some(([start, end]) => hit.span[0] < end && start < hit.span[1]),
  );
  // (an option said right after a word of refusing is not wanted: 「不要观景舱」; a phrase that itself says none, 「不要冰」, is)
  return longestFirst(hits).map((hit) => ({ code: hit.key, span: hit.span, refused: refusedAt(read, hit.span) }));
}

function phrasesOf(options: readonly EnumOption[]): Phrase<string>[] {
  const phrases: Phrase<string>[] = [];
  const stems = new Map<string, Set<string>>();
  for (const { code, glosses } of options) {
    // 「送到…」 for 外送到家, "pick it up" for 到店自取: the everyday words of the same way of doing it
    const others = options.filter((o) => o.code !== code).flatMap((o) => [o.code, ...o.glosses]);
    for (const word of kinWords([code, ...glosses], others)) {
      if (!glosses.includes(word)) phrases.push({ text: word, key: code, quality: 0.7 });
    }
    // 「黄金座」 said as "golden seats", a "deluxe" gloss said as 「豪华」
    for (const word of gradeWords([code, ...glosses], others)) {
      const han = /\p{Script=Han}/u.test(word);
      if (!glosses.includes(word)) phrases.push({ text: word, key: code, quality: 0.7, ...(han ? {} : { accept: (text, _start, end) => gradesAThing(text, end) }) });
    }
    for (const gloss of glosses) {
      // (「冰」 inside 「去冰」 says none of it: not the iced option)
      phrases.push({ text: gloss, key: code, quality: 1, ...(/^\p{Script=Han}{1,2}$/u.test(gloss) ? { accept: notNegated } : {}) });
      for (const variant of negationVariants(gloss)) phrases.push({ text: variant, key: code, quality: 0.9 });
      // 「少甜」「半甜」 for 少糖, 半糖: sweetness said for sugar
      if (/^\p{Script=Han}+糖$/u.test(gloss)) phrases.push({ text: gloss.replace(/糖$/, '甜'), key: code, quality: 0.9 });
      // 「冰少一点」「少放冰」 for 少冰: less of it, said the other way round
      const less = /^少(\p{Script=Han})$/u.exec(gloss)?.[1];
      if (less) for (const said of [`${less}少一点`, `${less}少点`, `${less}少些`, `${less}放少点`, `少放${less}`, `少放点${less}`]) phrases.push({ text: said, key: code, quality: 0.9 });
      // 「去冰」 where no option is without it: the least of it offered (少冰)
      const least = /^少(\p{Script=Han})$/u.exec(gloss)?.[1];
      if (least && !options.some((o) => o.glosses.some((g) => ZH_NONE.some((none) => g === `${none}${least}`)))) {
        for (const none of ZH_NONE) phrases.push({ text: `${none}${least}`, key: code, quality: 0.7 });
      }
      const stem = ZH_MEASURE_SUFFIX.exec(gloss)?.[1];
      if (stem && /^\p{Script=Han}+$/u.test(stem)) (stems.get(stem) ?? stems.set(stem, new Set()).get(stem)!).add(code);
    }
    // a bare code that starts a longer English gloss ("less" of "less sugar") is too loose alone, where it
    // is an everyday word of degree any option of anything may say ("premium" of "premium centre seat" is not)
    const loose = LOOSE_CODE.test(code) && glosses.some((gloss) => gloss.toLowerCase().startsWith(`${code.toLowerCase()} `));
    if (!loose) phrases.push({ text: code, key: code, quality: 0.8, accept: codeAcceptor(code) });
    // "premium seats" for `premium=premium centre seat`: the code with the thing its gloss ends on
    for (const gloss of loose ? glosses : []) {
      const thing = /\s([a-z]+)$/i.exec(gloss)?.[1];
      if (thing) phrases.push({ text: `${code} ${thing}`, key: code, quality: 0.8 }, { text: `${code} ${thing}s`, key: code, quality: 0.8 });
    }
  }
  phrases.push(...sweetnessSaid(options));
  for (const [stem, codes] of stems) {
    if (codes.size !== 1) continue; // two sizes sharing a stem: only the full gloss decides
    phrases.push({
      text: stem, key: [...codes][0]!, quality: 0.6,
      accept: (text, start, end) => AFTER_STEM.test(text.slice(end)) && BEFORE_STEM.test(text.slice(0, start)),
    });
  }
  return phrases;
}

/** Everyday words of degree and size that say nothing alone of which thing they are said of. */
const LOOSE_CODE = /^(?:less|more|no|none|extra|half|light|low|high|full|normal|regular|standard|plain|double|single|small|medium|large|hot|cold|warm|iced|sweet|mild|strong|early|late|short|long|basic|new|old|gold|silver|bronze|red|blue|green|black|white)$/i;

function negationVariants(gloss: string): string[] {
  const zh = ZH_NONE.find((prefix) => gloss.startsWith(prefix) && gloss.length > prefix.length);
  if (zh) return ZH_NONE.filter((p) => p !== zh).map((p) => p + gloss.slice(zh.length));
  const en = /^no\s+(.+)$/i.exec(gloss);
  if (en) return [`without ${en[1]}`, `${en[1]} free`, `${en[1]}-free`, `zero ${en[1]}`];
  return [];
}

/** A short Chinese gloss (冰, 热) said after a word of none (去冰, 不要冰) is not said as wanted. */
function notNegated(text: string, start: number): boolean {
  return !ZH_NONE.some((none) => text.slice(Math.max(0, start - none.length), start) === none);
}

/** One-letter codes (S/M/L) count only in their own case and not inside "I'm". */
function codeAcceptor(code: string): Phrase<string>['accept'] {
  if (code.length > 1 || !/[A-Za-z]/.test(code)) return undefined;
  return (text, start) => text[start] === code && !/['’]/.test(text[start - 1] ?? '');
}

/** How sweet a gloss of sugar says, out of ten (全糖 10, 少糖 7, 半糖 5, 微糖 3, 无糖 0, 「七分糖」 7). */
function sweetness(word: string): number | undefined {
  const said = /^(全|标准|正常|少|半|微|无|不加|零|[一二三四五六七八九十])(?:分)?[糖甜]$/u.exec(word)?.[1];
  if (said === undefined) return undefined;
  const named: Record<string, number> = { 全: 10, 标准: 10, 正常: 10, 少: 7, 半: 5, 微: 3, 无: 0, 不加: 0, 零: 0 };
  return named[said] ?? '一二三四五六七八九十'.indexOf(said) + 1;
}

/** Sweetness said in a shop's other words (「七分糖」「微糖」「三分甜」): the option of sugar nearest to it. */
const SWEETNESS_SAID = ['全糖', '正常糖', '七分糖', '五分糖', '三分糖', '微糖', '一分糖', '零糖', '七分甜', '五分甜', '三分甜', '微甜'];

function sweetnessSaid(options: readonly EnumOption[]): Phrase<string>[] {
  const levels = options.flatMap((o) => o.glosses.flatMap((g) => { const n = sweetness(g); return n === undefined ? [] : [{ code: o.code, n }]; }));
  if (new Set(levels.map((l) => l.code)).size < 2) return [];
  const glossed = new Set(options.flatMap((o) => o.glosses));
  return SWEETNESS_SAID.filter((word) => !glossed.has(word)).flatMap((word) => {
    const n = sweetness(word)!;
    const nearest = [...levels].sort((a, b) => Math.abs(a.n - n) - Math.abs(b.n - n))[0]!;
    return [{ text: word, key: nearest.code, quality: 0.8 }];
  });
}
