/**
 * 「下周日」「下下周三」「下个礼拜天」: a weekday of a week counted from this one. Weeks begin on
 * Monday, so 「下周日」 said on a Friday is the Sunday after next, not the day after tomorrow
 * (chrono counts weeks from Sunday and reads it as this Sunday).
 */
const WEEK_DAY = /(下下|下|这|本)\s*(?:一)?个?\s*(?:周|星期|礼拜)\s*([一二三四五六日天七1-7])/u;

const DAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };

/** The weekday said with the week it is in, as a local date from `wall`, and where it is said in `text`. */
export function weekDaySaid(text: string, wall: Date): { day: Date; index: number; end: number } | undefined {
  const match = WEEK_DAY.exec(text);
  if (!match) return undefined;
  const weeksAhead = match[1] === '下下' ? 2 : match[1] === '下' ? 1 : 0;
  const weekday = DAY_NUMBER[match[2]!] ?? Number(match[2]);
  const monday = wall.getDate() - ((wall.getDay() + 6) % 7);
  const day = new Date(wall.getFullYear(), wall.getMonth(), monday + 7 * weeksAhead + weekday - 1);
  // 「这周三」 said on a Friday is past: which day is meant is left to the reading of a bare weekday
  if (day < new Date(wall.getFullYear(), wall.getMonth(), wall.getDate())) return undefined;
  return { day, index: match.index, end: match.index + match[0].length };
}
