/**
 * A clause that says the user will go there themselves (「想去买点药」「想一早过去练」, "I'll drop
 * by to pick some up") beside a question for a fact is why they ask, not an act for the
 * assistant: the question is answered, nothing is ordered.
 */
const OWN_ERRAND = /(?<!帮我|给我|替我|帮忙)(?:(?:我|我们)?(?:想|打算|准备|会|得)(?:[^，,。？?！!]{0,4}?)?)(?:过去|去(?:店里|那边|那儿|那里|门店)?)(?:买点|买些|逛逛|看看|练|锻炼|健身|运动|拿药|买药)[^，,。？?！!]{0,6}|\bi(?:'ll| will| want to| plan to|'m going to) (?:go|drop by|pop in|head over|stop by)\b[^,.?!]{0,30}/giu;

/** The text without the clauses where the user says they go themselves. */
export function withoutOwnErrand(text: string): string {
  return text.replace(OWN_ERRAND, ' ');
}
