import { textOf } from './text-input.ts';

/**
 * Whether to answer in Chinese or English: by what the text is mostly written in. Chinese
 * when a message has no letters at all (「3」, "👍"), as the hub's default audience.
 */
export function detectLanguage(input: string): 'zh' | 'en' {
  const text = textOf(input);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  if (han === 0) return words > 0 ? 'en' : 'zh';
  // a Chinese word is about two characters
  return han / 2 >= words ? 'zh' : 'en';
}

/**
 * The language a message itself is clearly written in, or undefined when it does not say:
 * no letters (「3」, "👍") or a word or two of Latin letters ("ok", "KN95", "No thanks"),
 * which a Chinese speaker types as readily as an English one.
 */
export function messageLanguage(input: string): 'zh' | 'en' | undefined {
  const text = textOf(input);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  if (han > 0) return detectLanguage(text);
  return words >= 3 ? 'en' : undefined;
}
