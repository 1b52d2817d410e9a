/**
 * Numbers as people write them: Chinese numerals (二十五, 两, 一百五, 两千三), Arabic digits
 * (full-width too) and English number words (twenty-one, a dozen).
 */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 仨: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** The characters a Chinese numeral is written with, for building patterns. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两俩三叁仨四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** Units a number with a decimal point is said of: 「三点五公斤」 is 3.5 kg, where 「三点五十」 is a time of day. */
const DECIMAL_UNIT = '(?:公斤|千克|斤|克|公里|千米|米|升|毫升|小时|个小时|个钟头|钟头|倍|平米|平方米|平方|平)';
/** 「三点五」 before one of those units (the whole part, 点, the digits after the point). */
export const CHINESE_DECIMAL = `[${CHINESE_NUMERAL_CHARS}]+点[零〇一二三四五六七八九]+(?=\\s*${DECIMAL_UNIT})`;

/** 「二十五」 → 25, 「一百五」 → 150, 「二零二六」 → 2026; undefined when it is not a numeral. */
export function parseChineseInteger(text: string): number | undefined {
  if (text === '' || [...text].some((ch) => !(ch in DIGITS || ch in UNITS || ch in BIG_UNITS))) return undefined;
  if ([...text].every((ch) => ch in DIGITS)) {
    // (俩 and 仨 are a count of their own, never a digit of a longer number: 「仨一人一张」 is no 31)
    if (text.length > 1 && /[俩仨]/.test(text)) return undefined;
    return text.length === 1 ? DIGITS[text] : Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  let sawZero = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0 && DIGITS[ch] !== 0) return undefined; // 二三十 is not one number
      digit = DIGITS[ch]!;
      if (digit === 0) sawZero = true;
    } else if (ch in UNITS) {
      const unit = UNITS[ch]!;
      const count = digit || (unit === 10 ? 1 : 0); // 十二 and 一千零一十 say no 一 before 十
      if (count === 0) return undefined;
      section += count * unit;
      digit = undefined;
      lastUnit = unit;
      sawZero = false;
    } else {
      const unit = BIG_UNITS[ch]!;
      total += (section + (digit ?? 0)) * unit;
      if (section === 0 && digit === undefined) return undefined;
      section = 0;
      digit = undefined;
      lastUnit = unit;
      sawZero = false;
    }
  }
  // 一百五 = 150 and 两千三 = 2300: a trailing digit right after a unit counts in the next unit down
  const trailing = digit !== undefined && !sawZero && lastUnit >= 100 ? digit * (lastUnit / 10) : (digit ?? 0);
  return total + section + trailing;
}

const ENGLISH_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};

/** The English number words, for building patterns. */
export const ENGLISH_NUMBER_WORDS = [...Object.keys(ENGLISH_SMALL), 'hundred', 'thousand', 'a', 'and'];

/** "twenty-one" → 21, "a dozen" → 12, "one hundred and five" → 105. */
export function parseEnglishNumber(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, word] of words.entries()) {
    if (word === 'a' && i === 0 && words.length > 1) {
      current = 1;
    } else if (word in ENGLISH_SMALL) {
      const value = ENGLISH_SMALL[word]!;
      current = word === 'dozen' ? (current || 1) * 12 : current + value;
      seen = true;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? total + current : undefined;
}

/** "25", "1,000", "3.5", full-width "２" → a number; undefined otherwise. */
export function parseArabic(text: string): number | undefined {
  const ascii = text.normalize('NFKC').trim();
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(ascii)) return undefined;
  return Number(ascii.replace(/,/g, ''));
}
