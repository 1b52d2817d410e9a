/** 「体温计坏了」「药吃完了」, "my charger broke": what went wrong, said as the reason for a request. */
const WENT_WRONG = /坏了|摔坏|弄坏|丢了|弄丢|用完了|吃完了|用光了|过期了|\b(?:broke|broken|lost|ran out|run out|used up|expired)\b/i;

/** Whether a clause only says what went wrong (and orders nothing). */
export function isReasonClause(text: string, isActing: (text: string) => boolean): boolean {
  return WENT_WRONG.test(text) && !isActing(text);
}

/**
 * 「出差带的体温计坏了，徐家汇店的额温枪帮我留一个」 orders the second thing; the first is why.
 * A thing named only in such a clause is left out where another clause names what is ordered.
 */
export function withoutReasons<T extends { text: string }>(found: readonly T[], isActing: (text: string) => boolean): T[] {
  const ordered = found.filter((f) => !isReasonClause(f.text, isActing));
  return ordered.length ? ordered : [...found];
}
