import { extractDateTime, type DateTimeReference } from './extract-date-time.ts';

/**
 * 「下午三点前要到」「12点之前得到西港」, "need to arrive by 3pm", "be there before noon": the time a
 * traveller must be there by — a limit on when the trip ends, not when it starts.
 */
const ZH = /((?:上午|下午|晚上|中午|早上|傍晚|凌晨)?\s*[\d一二两三四五六七八九十]{1,3}\s*(?:点|[:：]\s*\d{2})\s*(?:半|[\d一二三四五]{1,2}\s*分?)?)\s*(?:之前|以前|前)\s*(?:要|得|必须|能|就|一定要|需要)?\s*(?:到|到达|抵达|赶到)/u;
const ZH_PART = /((?:中午|天黑|晚上|下午))\s*(?:之前|以前|前)\s*(?:要|得|必须|能|就|一定要|需要)?\s*(?:到|到达|抵达|赶到)/u;
const EN = /\b(?:arrive|arriving|arrives|get (?:in|there)|be there|be in [A-Z][\w'-]*|land|landing|reach [A-Z][\w'-]*|getting (?:in|there))\s+(?:by|before|no later than)\s+((?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday))/i;

const PARTS: Record<string, number> = { 中午: 12 * 60, 下午: 17 * 60, 晚上: 21 * 60, 天黑: 17 * 60 + 30 };

/** The latest time of arrival a text says, in minutes after midnight, and where it is said. */
export function arrivalBy(text: string, ref: DateTimeReference): { minutes: number; span: [number, number] } | undefined {
  const zh = ZH.exec(text);
  const part = zh ? undefined : ZH_PART.exec(text);
  const en = zh || part ? undefined : EN.exec(text);
  const found = zh ?? part ?? en;
  if (!found?.[1]) return undefined;
  const span: [number, number] = [found.index, found.index + found[0].length];
  if (part) return { minutes: PARTS[found[1]] ?? 12 * 60, span };
  if (en && /^(?:noon|midday)$/i.test(found[1])) return { minutes: 12 * 60, span };
  // ("by 3" of a day: an hour under seven said alone is after noon)
  const bare = en ? /^(\d{1,2})(?::(\d{2}))?$/.exec(found[1].trim()) : null;
  if (bare) return { minutes: (Number(bare[1]) % 12 + (Number(bare[1]) < 7 || Number(bare[1]) === 12 ? 12 : 0)) * 60 + Number(bare[2] ?? 0), span };
  const time = extractDateTime(found[1], ref).time;
  if (!time) return undefined;
  const [h = 0, m = 0] = time.split(':').map(Number);
  return { minutes: h * 60 + m, span };
}

/** The text with the arrival it says blanked (same length, so spans still hold): what is left says when to leave. */
export function withoutArrival(text: string, ref: DateTimeReference): string {
  const by = arrivalBy(text, ref);
  return by ? `${text.slice(0, by.span[0])}${' '.repeat(by.span[1] - by.span[0])}${text.slice(by.span[1])}` : text;
}
