import { extractQuantities, findAddress } from '../understand/index.ts';
import { stripHowItComes } from '../understand/how-it-comes.ts';

/** Measure words of things one orders (not of people, nights or hours). */
const THING_MEASURE = /^(?:瓶|盒|张|间|包|袋|支|杯|碗|份|件|罐|听|板|片|粒|只|个(?![人小钟星礼月])|box|bottle|pack|bag|cup|can|piece|packet|tube)/i;
/** "three of them", "two more of those": a count of what was just named. */
const OF_THOSE = /\b(?:one|two|three|four|five|six|\d+)\s+(?:more\s+)?of\s+(?:them|those|these)\b|\b(?:two|three|four|five|six|\d+)\s+more\b/i;

/**
 * 「…多少钱一盒？再要两盒，寄到…」, "how much is it? I'll take three of them": a clause that counts
 * things by a measure word (or "of those") and names none — its count is of the thing just named.
 * What the clause names otherwise is the caller's to rule out; its address is no name.
 */
export function countsLastThing(clause: string): { rest: string } | undefined {
  const address = findAddress(clause);
  const rest = address ? clause.replace(address, ' ') : clause;
  // (how they come, 「我自己过去取」, is no other thing)
  // (nor the condition it is said on, 「有的话给我留一盒」, nor when the person comes for it, 「我下班过去拿」)
  const bare = stripHowItComes(rest).replace(IF_THERE, ' ').replace(COMING_FOR_IT, ' ');
  const those = OF_THOSE.exec(bare);
  const count = those ? undefined : extractQuantities(bare).find((q) => q.unit !== undefined && THING_MEASURE.test(q.unit));
  const span = those ? [those.index, those.index + those[0].length] : count?.span;
  if (!span) return undefined;
  // nothing else said but asking for them and where they go (「叫个快车从枫林到…」 names a ride of its own)
  const left = `${bare.slice(0, span[0])} ${bare.slice(span[1])}`.toLowerCase().replace(ASKING, ' ');
  return /[\p{Script=Han}a-z]/u.test(left) ? undefined : { rest };
}

/** 「有的话」「有就」「要是有」, "if you have it": the count is of the thing just asked about. */
const IF_THERE = /(?:如果|要是)?有(?:货)?的话(?:就)?|有就|(?:如果|要是)有|可以的话|能的话|\bif (?:you have (?:it|them|any)|there (?:is|are) any)\b/gi;
/** 「我下班过去拿」「晚点来取」: when the person comes for it, which names no thing. */
const COMING_FOR_IT = /我?(?:下班|下午|晚上|晚点|一会儿?|等会儿?|明天|今天)?(?:自己)?(?:顺路)?(?:过去|过来|去店里|到店里?|来|去)(?:拿|取|自取)/g;

/** The words around a count that only ask for the things (「给我来」「再要」, "I'll take", "please send"), and a way they go (送到, "to"). */
const ASKING = /顺手|顺便|一并|一起|[给我来要买订拿帮再请就吧呢的们送到至寄到家自取外留]|\b(?:i'?ll|i|we|we'?ll|take|get|give|have|want|send|bring|me|us|please|and|also|then|just|to|them|those|these)\b|[^\p{Script=Han}a-z]/gu;
