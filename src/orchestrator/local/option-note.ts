import type { Tool } from '../../catalog/index.ts';
import { askedAttributes } from '../understand/asked-attribute.ts';
import { hanPairs, matchEnum } from '../understand/index.ts';
import { enumsOf } from './fill-value.ts';
import { asksComparison, isActing } from './request-words.ts';

/**
 * Asking what one of a mini-program's options is, where it is, what it holds or how two differ
 * (「观景舱在第几层」, 「全景套餐包括什么」, "what exactly is a view cabin?").
 */
const ASKS_WHAT = /是(?:个)?(?:什么|啥)|什么(?:位置|意思|样|东西|区别|不同)|啥(?:位置|意思|样|区别|不同)|在哪|哪(?:几|一)?排|第几排|几排|区别|差别|不同|包括|包含|指的是|\bwhat's\b|\bwhat(?:\s+\w+)?\s+(?:is|are|does|do)\b|\bwhere\b|\bdifferen(?:ce|t)\b|\bmean\b|\binclude/i;
/** An act said as a condition of the question (「买观景舱的话」, 「要是订…」). */
const HYPOTHETICAL = /(?:如果|要是|假如)?[^，,。？?]{1,16}的话|(?:如果|要是|假如)[^，,。？?]{1,16}[，,]/gu;
/** Asking a time, which no note of an option answers (「观景舱是几点的」, "what time"). */
const ASKS_TIME = /几点|\bwhat time\b|\bwhen\b/i;

/**
 * The answer to a question about what one of a mini-program's options is, as the skill itself
 * notes it beside the option (「观景舱（顶层船头）」): each option the question names that
 * carries a note, with it. A yes-or-no question that says a word of the note (「观景舱是在船头吗」: 船头
 * of 顶层船头) hears it too. Undefined where the question acts, asks a price, a time or any other
 * attribute but a place, or names no noted option.
 */
export function optionNoteLine(text: string, tools: readonly Tool[], lang: 'zh' | 'en'): string | undefined {
  // (「买观景舱的话…」: an act said as a condition is not one asked for; by how much two differ in price is
  // answered by their prices, with the notes after them: `optionNotes`)
  if (isActing(text.replace(HYPOTHETICAL, '')) || ASKS_TIME.test(text) || asksComparison(text) || askedAttributes(text).some((a) => a !== 'address')) return undefined;
  return optionNotes(text, tools, lang, (notes) => ASKS_WHAT.test(text) || (/[?？]|吗|么/.test(text) && notes.some((note) => hanPairs(note).some((w) => text.includes(w)))));
}

/**
 * The notes of the options a text names (「观景舱：顶层船头。」), one line each, of those whose
 * notes `asked` accepts; undefined where none.
 */
export function optionNotes(text: string, tools: readonly Tool[], lang: 'zh' | 'en', asked: (notes: string[]) => boolean = () => true): string | undefined {
  const lines = new Map<string, string>();
  for (const options of tools.flatMap((tool) => enumsOf(tool.inputSchema))) {
    for (const hit of matchEnum(text, options)) {
      const option = options.find((o) => o.code === hit.code);
      const notes = option?.notes ?? [];
      if (!option || !notes.length) continue;
      if (!asked(notes)) continue;
      const han = option.glosses.find((g) => /\p{Script=Han}/u.test(g));
      const latin = option.glosses.find((g) => !/\p{Script=Han}/u.test(g));
      const name = lang === 'en' ? `${latin ?? option.code}${han ? ` (${han})` : ''}` : han ?? option.code;
      lines.set(option.code, `${name}${lang === 'en' ? ': ' : '：'}${notes.join(lang === 'en' ? '; ' : '；')}${lang === 'en' ? '.' : '。'}`);
    }
  }
  return lines.size ? [...lines.values()].join('\n') : undefined;
}

