import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { capOnEach, priceCap } from '../understand/price-cap.ts';
import type { Goal } from './memo.ts';
import { orderQuote, quoteTotal } from './order-quote.ts';
import { isUndoLike, readsOnly } from './tool-kinds.ts';

/**
 * An order the person set a price limit on (「要是不超过150块就直接约了」, "if it's under 30 kuai, grab
 * me a box") that costs more at the listed prices: what it comes to, said instead of making it. Undefined
 * where nothing limits the price, the order cannot be priced from the lists read, or it fits.
 */
export function overCap(goal: Goal, tool: Tool, transcript: readonly Transcript[], lang: 'zh' | 'en'): string | undefined {
  if (readsOnly(tool) || isUndoLike(tool)) return undefined;
  const cap = [goal.text, ...goal.answers].map(priceCap).find((n) => n !== undefined);
  if (cap === undefined) return undefined;
  const lines = orderQuote(goal.args, transcript, tool.appId);
  if (!lines) return undefined;
  const total = quoteTotal(lines);
  // (「一张要是不超过90块就买三张」: each one's price is what is limited)
  const each = [goal.text, ...goal.answers].some(capOnEach);
  if (each ? lines.every((line) => line.unit <= cap) : total <= cap) return undefined;
  const money = (n: number) => `¥${Number.isInteger(n) ? n : n.toFixed(2)}`;
  const parts = lines.map((line) => `${line.name} ${money(line.unit)}${line.qty > 1 ? ` ×${line.qty}` : ''}`).join(lang === 'en' ? ' + ' : '＋');
  const one = lines.length === 1 && lines[0]!.qty === 1;
  return lang === 'en'
    ? `${parts}${one ? '' : ` comes to ${money(total)}`}, over the ${money(cap)} you said, so nothing was ordered.`
    : `${parts}${one ? '' : `，合计 ${money(total)}`}，超过了你说的 ${money(cap)}，所以没有下单。`;
}
