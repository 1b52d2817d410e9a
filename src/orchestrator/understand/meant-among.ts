/** Just before a day or time said only to be denied: 「不是今天」, "not tonight", "instead of Friday". */
const DENIED = /(?:不是|不要|并非|别|\bnot|n't|\binstead\s+of|\brather\s+than)\s*$/iu;
/** Just after a day or time that will not do: 「明天不行」「今天太赶了」「周日我没空」, "Saturday doesn't work". */
const REFUSED_AFTER = /^\s*(?:的|那场|那天)?\s*(?:我|我们|咱们?)?\s*(?:都|也|可能)?\s*(?:不行|不可以|不方便|不合适|没空|没时间|太赶|来不及|去不了|约满|满了)|^\s*(?:doesn't|does not|won't|wouldn't|is no good|isn't good|is full|is out)\b/iu;
/** Just after the day or time liked best of those said: 「周日最好」, "Sunday would be best". */
const PREFERRED_AFTER = /^\s*(?:的)?\s*(?:最好|更好|优先)|^\s*(?:is|would be)\s+(?:best|better|ideal)\b/iu;
/**
 * Between two days or times said, a turn to the one meant: 「但是要明天的」, 「而是周日」, "but Sunday",
 * and a correction of one said first: 「明天，哦不，后天」「改后天」, "no wait, Sunday", "I mean Monday".
 */
const TURN = /但是?|可是|不过|而是|改成?|改到|换成|换到|[哦噢啊]不|不对|说错了|\bbut\b|\binstead\b|\brather\b|\bno\s+wait\b|\bi\s+mean\b|\bactually\b|\bmake\s+(?:it|that)\b|\bsorry\b/iu;

/**
 * Of several days (or times) a sentence says, the one meant: one said only to be denied (or said not
 * to do) is not it, one said to be best is, and one said after a turn wins over those before it (「跟今晚一样六点那场，但是要明天的」,
 * "not tonight — tomorrow"). The first, where nothing tells them apart. Indexes are into `text`.
 */
export function meantAmong<T extends { index: number; end: number }>(said: T[], text: string): T | undefined {
  if (said.length < 2) return said[0];
  const denied = (s: T) => DENIED.test(text.slice(Math.max(0, s.index - 12), s.index)) || REFUSED_AFTER.test(text.slice(s.end, s.end + 12));
  const kept = said.filter((s) => !denied(s));
  const pool = kept.length ? kept : said;
  const preferred = pool.filter((s) => PREFERRED_AFTER.test(text.slice(s.end, s.end + 12)));
  if (preferred.length) return preferred.at(-1);
  const turned = pool.filter((s) => {
    const before = said.filter((o) => o.end <= s.index).at(-1);
    return before !== undefined && TURN.test(text.slice(before.end, s.index));
  });
  return turned.at(-1) ?? pool[0];
}
