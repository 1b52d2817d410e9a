/**
 * Words that refuse what is said right after them: 「不要套餐」, 「别加」, "no popcorn", "without the
 * combo", "don't want premium" — a word or two between (「不要那个」, "no, the") allowed.
 */
const REFUSING_BEFORE = /(?:不要|不用|不需要|无需|不想要|不加|别要|别加|别买|别订|不买|不订|不点|\bno\b|\bwithout\b|\bnot\b|\bdon'?t (?:want|need)\b|\b(?:no need to|don'?t|do not)\b|\bskip\b|\bhold the\b)\s*(?:了|那个|这个|那种|这种|什么|\bthe\b|\ban?\b|\bany\b)?\s*$/iu;
/** … and words that refuse what was said right before them: 「凉皮不要了」, 「套餐就算了」, "popcorn not needed". */
const REFUSING_AFTER = /^\s*(?:就|也|先)?(?:不要了?|不用了?|不需要了?|算了|免了|去掉|\s+(?:is |are )?not (?:needed|necessary|wanted)\b)/iu;

/** Whether what the text says at `span` is said only to be refused (「不要观景舱」, 「凉皮不要了」). */
export function refusedAt(text: string, span: readonly [number, number]): boolean {
  return REFUSING_BEFORE.test(text.slice(Math.max(0, span[0] - 12), span[0])) || REFUSING_AFTER.test(text.slice(span[1], span[1] + 16));
}
