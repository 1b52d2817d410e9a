import { mapped, rewrite, type MappedText } from './mapped-text.ts';
import { CHINESE_DECIMAL, parseChineseInteger } from './numerals.ts';
import { ER_AFTER, ER_BEFORE } from './day-said.ts';

/** A part of the day a person names: 上午 / 下午 / morning / tonight. */
export type Period = 'am' | 'pm';

const TIME_AHEAD = String.raw`(?=\s*(?:\d|[零一二两三四五六七八九十]))`;
const ZH_PERIODS = '上午|早上|早晨|清晨|凌晨|半夜|午夜|中午|下午|傍晚|晚上|夜里|夜裡|夜间|夜間';
/** A lone 晚/早 before an hour (「晚8点」), and a bare period with no hour after it: built once, not per text. */
const LONE_EARLY_LATE = new RegExp(`(?<![今明昨前后後傍夜早])([晚早])${TIME_AHEAD}`, 'g');
const BARE_PERIOD = new RegExp(`(?:${ZH_PERIODS})(?!\\s*(?:\\d|[零一二两三四五六七八九十]))`, 'g');
/** 「11.22」 followed by a part of the day, an hour, 的/号/前后 or the end of a clause; not after a currency sign or a word of price. */
const MONTH_DOT_DAY = /(?<![\d.¥￥$]|[价钱费]\s*)(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?![\d.])(?=\s*(?:[上中下晚早傍夜凌今明]|\d{1,2}\s*[点:：]|[的号日那前后到至~～-]|周|星期|礼拜|[，,。！!？?；;]|$))/g;
/** 「三点五公斤」: a number with a decimal point, blanked so it is not read as a time of day. */
const DECIMAL = new RegExp(CHINESE_DECIMAL, 'g');
const PERIOD_WORDS: [RegExp, Period][] = [
  [/上午|早上|早晨|清晨|凌晨|半夜|午夜|[今明]早|\b(?:morning|a\.?m\.?)(?![a-z])/giu, 'am'],
  [/中午|下午|傍晚|晚上|夜里|夜裡|夜间|夜間|[今明昨]晚|下了?班|午饭后|晚饭|\b(?:noon|afternoon|evening|tonight|night|p\.?m\.?|after (?:work|lunch|dinner))(?![a-z])/giu, 'pm'],
];

/** The first part of the day the text names, with where it is. */
export function findPeriod(text: string): { period: Period; span: [number, number] } | undefined {
  let best: { period: Period; span: [number, number] } | undefined;
  for (const [pattern, period] of PERIOD_WORDS) {
    for (const match of text.matchAll(pattern)) {
      if (/^[ap]\.?m\.?$/i.test(match[0]) && !/\d\s*$/.test(text.slice(0, match.index))) continue; // "I am"
      if (!best || match.index < best.span[0]) best = { period, span: [match.index, match.index + match[0].length] };
      break;
    }
  }
  return best;
}

/**
 * Rewrites what chrono misreads, keeping spans: full-width forms, 一刻/三刻, Chinese numerals
 * before 号/日, a lone 晚8点, and a bare 上午/晚上 (which chrono pins to today, overriding 下周一).
 */
const HOURS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const HOUR = String.raw`(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])`;
const SAID_CLOCK = new RegExp(String.raw`\b(?:(half|(?:a\s+)?quarter)\s+(past|after|to)\s+${HOUR}|${HOUR}[\s-](fifteen|thirty|forty[\s-]five))\b`, 'gi');

/** The clock time of "half past seven" (7:30), "a quarter to eight" (7:45), "seven thirty"; undefined for anything else. */
function clockOf(m: RegExpExecArray): string | undefined {
  const hourOf = (word: string) => HOURS[word.toLowerCase()] ?? Number(word);
  if (m[1] && m[2] && m[3]) {
    const hour = hourOf(m[3]);
    const quarter = /quarter/i.test(m[1]);
    if (/to/i.test(m[2])) return quarter ? `${hour === 1 ? 12 : hour - 1}:45` : undefined;
    return `${hour}:${quarter ? '15' : '30'}`;
  }
  if (m[4] && m[5]) return `${hourOf(m[4])}:${/fifteen/i.test(m[5]) ? '15' : /thirty/i.test(m[5]) ? '30' : '45'}`;
  return undefined;
}

export function normalizeForChrono(text: string): MappedText {
  let source = rewrite(mapped(text), /[\uFF01-\uFF5E\u3000]/g, (m) => m[0].normalize('NFKC'));
  // 「3D票」「2D版」 name a picture format, not three days from now.
  source = rewrite(source, /(?<![\d.])[234]\s*D(?![A-Za-z])/g, (m) => ' '.repeat(m[0].length));
  // 「下周一六点以后」: an hour right after a weekday's numeral is an hour of its own, not one number with it (一六)
  source = rewrite(source, /(?<=(?:周|星期|礼拜)[一二三四五六日天])[零一二两三四五六七八九十]{1,3}(?=\s*[点點])/g, (m) => ` ${m[0]}`);
  // 「IMAX六点那场」: an hour glued to a Latin word is still an hour
  source = rewrite(source, /(?<=[A-Za-z])[零一二两三四五六七八九十]{1,3}(?=\s*[点點])/g, (m) => ` ${m[0]}`);
  // 「三点五公斤」「两点五个小时」: a number with a decimal point, not a time of day
  source = rewrite(source, DECIMAL, (m) => ' '.repeat(m[0].length));
  // 「好一点的位置」「便宜一点」「快一点」: 一点 after a word of degree is "a bit", not one o'clock
  source = rewrite(source, /(?<=[好快慢早晚大小多少贵便宜近远高低长短轻重甜淡辣稳安静干净])(?:一)?点(?![钟半\d零一二两三四五六七八九十])/gu, (m) => ' '.repeat(m[0].length));
  // 「明儿」「今儿个」「后儿个」, said in the north for 明天, 今天, 后天
  // (not the 后 of a word before 儿子: 「然后儿子也要一张」)
  source = rewrite(source, new RegExp(`${ER_BEFORE}([今明昨后])儿${ER_AFTER}(个)?`, 'g'), (m) => `${m[1]}天`.padEnd(m[0].length));
  // 「11.22晚上」「12.3的船」: a month and a day written with a dot (never an amount: 「12.5元」, 「¥11.20」, 「3.5公斤」)
  source = rewrite(source, MONTH_DOT_DAY, (m) => `${m[1]}月${m[2]}日`);
  // 「七点三里屯那家」: a numeral after 点 that begins a word (a place's name) is no minute
  source = rewrite(source, /(?<=[点點])[一二三四五六七八九](?=[\u4e00-\u9fff])(?![十分刻零〇一二三四五六七八九])/g, () => ' ');
  source = rewrite(source, /点\s*([一1])刻/g, () => '点15分');
  source = rewrite(source, /点\s*([三3])刻/g, () => '点45分');
  source = rewrite(source, /[零〇一二两三四五六七八九十]+(?=[号號日月])/g, (m) => String(parseChineseInteger(m[0]) ?? m[0]));
  source = rewrite(source, LONE_EARLY_LATE, (m) => `${m[1]}上`);
  source = rewrite(source, BARE_PERIOD, (m) => ' '.repeat(m[0].length));
  // "just the prices for now", "until now", "just now": now as "for the time being" or a moment past is no time asked for
  source = rewrite(source, /\b(?:for|until|till|up to|as of)\s+now\b|\bjust now\b|\bfor the (?:moment|time being)\b/gi, (m) => ' '.repeat(m[0].length));
  source = rewrite(source, /\bthis\s+(?:morning|afternoon|evening)\b/gi, (m) => `today${' '.repeat(m[0].length - 5)}`);
  // "half past seven", "a quarter to eight", "seven thirty": the clock time they say
  source = rewrite(source, SAID_CLOCK, (m) => clockOf(m) ?? m[0]);
  // "the night of December 1st", "the night after tomorrow": the day is the night's (chrono reads
  // them as tonight); the part of the day is still read from "night" by findPeriod
  source = rewrite(source, /\b(?:the\s+)?night\s+of\s+(?=\S)/gi, (m) => ' '.repeat(m[0].length));
  source = rewrite(source, /\b(?:the\s+)?night\s+after\s+tomorrow\b/gi, (m) => 'the day after tomorrow'.padEnd(m[0].length));
  return source;
}
