/** Just before a day or time said only to be denied: 「不是今天」, "not tonight", "instead of Friday". */
const DENIED = /(?:不是|不要|并非|别|\bnot|n't|\binstead\s+of|\brather\s+than)\s*$/iu;
/** Between two days or times said, a turn to the one meant: 「但是要明天的」, 「而是周日」, "but Sunday". */
const TURN = /但是?|可是|不过|而是|改成|改到|换成|换到|\bbut\b|\binstead\b|\brather\b/iu;

/**
 * Of several days (or times) a sentence says, the one meant: one said only to be denied is not it,
 * and one said after a turn wins over those before it (「跟今晚一样六点那场，但是要明天的」,
 * "not tonight — tomorrow"). The first, where nothing tells them apart. Indexes are into `text`.
 */
export function meantAmong<T extends { index: number; end: number }>(said: T[], text: string): T | undefined {
  if (said.length < 2) return said[0];
  const denied = (s: T) => DENIED.test(text.slice(Math.max(0, s.index - 12), s.index));
  const kept = said.filter((s) => !denied(s));
  const pool = kept.length ? kept : said;
  const turned = pool.filter((s) => {
    const before = said.filter((o) => o.end <= s.index).at(-1);
    return before !== undefined && TURN.test(text.slice(before.end, s.index));
  });
  return turned.at(-1) ?? pool[0];
}
