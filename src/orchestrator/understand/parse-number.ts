import { extractQuantities } from './extract-quantities.ts';
import { parseArabic, parseChineseInteger, parseEnglishNumber } from './numerals.ts';
import { textOf } from './text-input.ts';

const FILLER = /^(?:就|要|来|那就|那|嗯|呃|just|make it|maybe|um|uh)\s*|\s*(?:吧|啊|呀|了|的|个|就行|就好|好了|please|thanks)$/gi;

/**
 * The number a short reply means: 「两」, 「二十五」, "three", "3", 「要两杯」 → 2. Undefined
 * when the text holds no number or several (「一杯拿铁两杯美式」 is not one number).
 */
export function parseNumber(input: string): number | undefined {
  const trimmed = textOf(input).normalize('NFKC').trim().replace(/[。.!！?？,，]+$/u, '');
  const bare = trimmed.replace(FILLER, '').trim();
  const direct = parseArabic(bare) ?? parseChineseInteger(bare) ?? parseEnglishNumber(bare) ?? (bare === '半' ? 0.5 : undefined);
  if (direct !== undefined) return direct;
  const quantities = extractQuantities(trimmed);
  return quantities.length === 1 ? quantities[0]!.value : undefined;
}
