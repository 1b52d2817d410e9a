import { clockMinutes, dayPartWindow, type EnumOption } from '../understand/index.ts';

/**
 * The options of an enum of clock times (`08:00`, `10:00`, …) that fall in the part of the day a
 * text says (「明天上午」, "Saturday afternoon"), from the first text that says one; undefined
 * where the options are not times or no text names a part of the day.
 */
export function timesInDayPart(options: readonly EnumOption[], texts: readonly string[]): EnumOption[] | undefined {
  if (!options.length || !options.every((o) => clockMinutes(o.code) !== undefined)) return undefined;
  for (const text of texts) {
    const part = dayPartWindow(text);
    if (part) return options.filter((o) => { const m = clockMinutes(o.code)!; return m >= part.from && m <= part.to; });
  }
  return undefined;
}
