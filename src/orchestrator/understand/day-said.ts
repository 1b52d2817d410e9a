/**
 * The northern 「X儿」 of a day (「明儿」「今儿个」「后儿个」) is written `${ER_BEFORE}[今明后]儿${ER_AFTER}`: never the
 * 后 of a word before it (「然后儿子也要一张」), nor the 儿 of 儿子、儿女、儿童. Read so here and in `date-time-normalize.ts`.
 */
export const ER_BEFORE = '(?<![以然之最背落前随稍])';
export const ER_AFTER = '(?!子|女|童)';

/** Words that name a day (「明天」「周一」「11月21日」「11.21晚上」, "tomorrow", "on Monday"), not a time of it. */
const DAY = new RegExp(String.raw`大后天|后天|明天|今天|大?${ER_BEFORE}[今明后]儿${ER_AFTER}个?|(?<![\d.])(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?![\d.])(?=\s*[上中下晚早傍夜凌的那周])|(?:这|下下|下|本)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|[今明](?=晚)|\b(?:today|tomorrow|tonight|(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`, 'i');

/**
 * The words of the day a text names (「明天上午…」 → 「明天」, 「明晚」 → 「明天」, "tomorrow night" →
 * "tomorrow"), for a later part of the same sentence that says only a time (「晚上九点半那场」).
 */
export function daySaid(text: string): string | undefined {
  const day = DAY.exec(text)?.[0];
  if (!day) return undefined;
  if (day === '今' || day === '明') return `${day}天`;
  return /^tonight$/i.test(day) ? 'today' : day;
}
