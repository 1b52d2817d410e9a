/** A class of days said as a class: 「平时」「平日」「工作日」, "on weekdays", "a weeknight". */
const WEEKDAYS = /平时|平日|工作日|周中|\bweek ?(?:days?|nights?)\b|\bduring the week\b/i;
/** The classes of days, the weekend among them (「周末」, "a weekend night"). */
const CLASSES = /平时|平日|工作日|周中|(?:这个|本)?周末|\b(?:(?:on|at|over|for) )?(?:a |the )?(?:week ?(?:days?|nights?)|weekends?(?: nights?)?)\b|\bduring the week\b/gi;
/** Asking what something costs, or how prices compare. */
const PRICED = /多少钱|价|贵|便宜|差多少|差价|\b(?:how much|price|prices|cost|costs|cheaper|pricier|more expensive|compared?|vs\.?|versus|difference)\b/i;

/**
 * Whether the text asks the price of a class of days — 「平时去住是不是更便宜」, "on a weeknight compared with a
 * weekend night": weekdays said as a class, with money asked.
 */
export function asksDayClassPrice(text: string): boolean {
  return WEEKDAYS.test(text) && PRICED.test(text);
}

/**
 * The text with its classes of days blanked (same length), where it asks their prices: the weekend said beside
 * weekdays in 「周末贵还是平时贵」 is a class, not the coming Saturday. A day said as a day (「这周六」) stays.
 */
export function blankDayClasses(text: string): string {
  return asksDayClassPrice(text) ? text.replace(CLASSES, (m) => ' '.repeat(m.length)) : text;
}
