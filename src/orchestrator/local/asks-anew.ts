import { QUERY_WORDS, isActing } from './request-words.ts';

/**
 * A reply that asks a question of its own (「我买的船票一共花了多少钱？」 in answer to which passenger):
 * a word of asking and a question mark at its end, acting on nothing. It is a new request, not the
 * answer: 「我」 in it is whose tickets, not the passenger chosen.
 */
export function asksAnew(text: string): boolean {
  return /[？?]\s*$/.test(text.trim()) && (QUERY_WORDS.test(text) || /几[张个位件份次天晚趟]/.test(text)) && !isActing(text);
}
