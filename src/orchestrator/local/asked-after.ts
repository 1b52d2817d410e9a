import { questionWords } from './answer-along.ts';

/** A clause that asks to be told a thing once the act is done (「订好告诉我…」「付完跟我说…」, "let me know … once it's paid"). */
const ONCE_DONE = /^(?:等|然后|再)?(?:订|买|约|付|交|下单|办|弄|搞|预订|预约)(?:好|完|定|成功)(?:了|以后|之后|后)?[，,\s]*(?:再)?(?:告诉|跟|和|通知|发给?)我|^(?:付款|支付|下单|预订|预约)(?:成功)?(?:了)?(?:以后|之后|后)[，,\s]*(?:告诉|跟|通知|发给?)我|\b(?:let me know|tell me|text me|send me)\b[^.?!]*\b(?:once|after|when)\b[^.?!]*\b(?:booked|paid|done|ordered|placed|confirmed)\b|^(?:and |then )?(?:once|after|when) (?:it'?s|you'?ve|you have|it is|that'?s) (?:booked|paid|done|ordered|placed|confirmed)\b[^.?!]*\b(?:let me know|tell me|text me|send me)\b/i;

export function tellsOnceDone(clause: string): boolean {
  return ONCE_DONE.test(clause.trim());
}

/** The words of telling and of the act done, no part of what is asked (「订好告诉我」, "let me know once it's booked"). */
const TELLING = /订好|买好|约好|付完|交完|下单|办好|告诉我|跟我说|通知我|发给我|let me know|tell me|once|booked|paid|done|ordered/gi;
/** What is asked is a time (「什么时候」「几点」「最晚」, "when", "until what time"): a sentence that says one. */
const ASKS_TIME = /什么时候|几点|几号|哪天|最晚|最早|多久|\bwhen\b|\bwhat time\b|\buntil\b|\bdeadline\b/i;
const SAYS_TIME = /\d{1,2}[:：]\d{2}|\d{1,2}月\d{1,2}[日号]|\d{4}-\d{2}-\d{2}|\d+\s*(?:分钟|小时|天)|\b\d+\s*(?:min(?:ute)?s?|hours?|days?)\b/i;
/** What is asked is a code or number (「取件码」「订单号」, "pickup code"): a sentence with one. */
const ASKS_CODE = /码|号|编号|\bcode\b|\bnumber\b/i;
const FUNCTION_CHARS = /[的了我你他她它们是在和与或也都就吧呢啊个一这那有么什]/u;

/**
 * The sentences of an act's results that answer what the person asked to be told once it was done
 * (「…18:00 前退订免费，之后…」 for 「几点前退不扣钱」): those that share the most
 * words of the question (beside the words of telling), and say a time where a time is asked, a code
 * where a code is. Empty where none shares a word, or all of them were told already.
 */
export function toldOnceDone(asked: string, contents: readonly string[], told: string): string[] {
  const words = [...new Set(questionWords(asked.replace(TELLING, ' ')))].filter((word) => !FUNCTION_CHARS.test(word));
  const sentences = contents.flatMap((content) => content.split(/(?<=[。！!；;\n])|(?<=\.)\s+/)).map((s) => s.trim()).filter(Boolean);
  const fits = (sentence: string) => (!ASKS_TIME.test(asked) || SAYS_TIME.test(sentence)) && (!ASKS_CODE.test(asked) || /\d{3,}|[A-Z]\d{2,}/.test(sentence));
  const scored = sentences.map((sentence) => {
    const lower = sentence.toLowerCase();
    return { sentence, score: words.filter((word) => lower.includes(word)).length };
  }).filter((s) => s.score > 0 && fits(s.sentence) && !told.includes(s.sentence));
  const best = Math.max(0, ...scored.map((s) => s.score));
  return [...new Set(scored.filter((s) => s.score === best).map((s) => s.sentence))];
}
