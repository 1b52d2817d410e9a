import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { askedAttributes } from '../understand/asked-attribute.ts';
import { quotes } from './asked-tool.ts';
import { NEGATED_ACT } from './request-words.ts';
import { isChangeLike, isNotifyLike, isUndoLike, readsOnly } from './tool-kinds.ts';
import { asksTotal } from './total.ts';
import { isIdKey, isPriceKey, objectsIn } from './entities.ts';

/**
 * The API that would make the order a price question is about (「一块蛋糕加两杯热可可一共多少？先别下单」,
 * "what would a cake and two cocoas come to?"), where the mini-program has no API that quotes one:
 * its order is filled as if made, and priced from what its lists say, never called.
 */
export function quotedOrderTool(text: string, tools: readonly Tool[]): Tool | undefined {
  if (!askedAttributes(text).includes('price') || !(asksTotal(text) || NEGATED_ACT.test(text))) return undefined;
  if (tools.some((tool) => readsOnly(tool) && quotes(tool))) return undefined;
  const makers = tools.filter((tool) => !readsOnly(tool) && !isUndoLike(tool) && !isChangeLike(tool) && !isNotifyLike(tool));
  return makers.length === 1 && !SPAN.test(Object.keys(makers[0]!.inputSchema.properties ?? {}).join(' ')) ? makers[0] : undefined;
}

/**
 * The API that quotes the order a request routed to the order itself asks only the price of
 * (「…送两盒…，一共要多少钱？先别下单」): the mini-program's own quote, never the order.
 */
export function quotingTool(text: string, tool: Tool, tools: readonly Tool[]): Tool | undefined {
  if (readsOnly(tool) || !askedAttributes(text).includes('price') || !(NEGATED_ACT.test(text) || endsAskingPrice(text))) return undefined;
  return tools.find((t) => readsOnly(t) && quotes(t));
}

/** Words that ask for the act itself (「帮我」「下单」, "please", "order it"): the price asked with them is asked along, the act is done. */
const ASKS_THE_ACT = /帮我|给我|替我|请|麻烦|下单|下个单|直接|合适的话|的话就|有的话|\bplease\b|\b(?:book|order|get|buy) (?:it|them|me|one|two)\b|\bgo ahead\b/i;

/**
 * 「在滨江店买两盒芬必得送到家里，运费多少钱？」: what an order would cost, asked in its last clause, with
 * nothing that asks for the order itself — a question, not the order.
 */
function endsAskingPrice(text: string): boolean {
  const last = text.trim().split(/[，,。；;！!]/u).map((part) => part.trim()).filter(Boolean).at(-1) ?? '';
  return /[?？]$|吗$/u.test(last) && askedAttributes(last).includes('price') && !ASKS_THE_ACT.test(text);
}

/** An order priced by how long it lasts (a stay to its last day, nights): the lists' unit prices do not add up to it. */
const SPAN = /checkOut|endDate|dateTo|nights/i;
const IDS_KEY = /[a-z](?:Ids|IDs)$/;
const QTY = /^(?:qty|quantity|count|num|number|amount)$/i;
const PRICES = /^(?:prices|priceBy\w*|fees)$/i;
const NAME = /^(?:name|title|label)$|Name$/;

export interface QuoteLine {
  name: string;
  unit: number;
  qty: number;
}

/**
 * What the order's things come to at the prices the lists give: each ID the arguments hold is a
 * listed thing with a price (its own, or the one its price table gives for a choice the arguments
 * make: a seat type), times the count beside it. Undefined where any of them has no price listed.
 */
export function orderQuote(args: Record<string, unknown>, transcript: readonly Transcript[], appId: string): QuoteLine[] | undefined {
  const listed = transcript.flatMap((t) => (t.role === 'tool-result' && !t.isError && t.toolId.startsWith(`${appId}.`) ? objectsIn(t.structuredContent) : []));
  const choices = Object.values(args).filter((v): v is string => typeof v === 'string');
  const lines: QuoteLine[] = [];
  const read = (level: Record<string, unknown>): boolean => {
    const count = Object.entries(level).find(([k, v]) => QTY.test(k) && typeof v === 'number')?.[1] as number | undefined;
    for (const [key, value] of Object.entries(level)) {
      if (Array.isArray(value)) {
        // (a list of IDs, `serviceIds: ['window']`: each is a thing listed under the ID's own name or as `id`)
        if (IDS_KEY.test(key) && value.every((item) => typeof item === 'string')) {
          for (const item of value as string[]) {
            const thing = listed.find((obj) => obj[key.replace(/s$/, '')] === item || obj.id === item);
            const unit = thing ? priceOf(thing, choices) : undefined;
            if (!thing || unit === undefined) return false;
            lines.push({ name: nameOf(thing) ?? item, unit, qty: 1 });
          }
          continue;
        }
        if (!value.every((item) => item && typeof item === 'object' && read(item as Record<string, unknown>))) return false;
        continue;
      }
      if (!isIdKey(key) || typeof value !== 'string') continue;
      const thing = listed.find((obj) => obj[key] === value);
      if (!thing) return false;
      const unit = priceOf(thing, choices);
      // (a thing listed with no price of its own, the store it comes from, costs nothing by itself)
      if (unit === undefined) {
        if (count !== undefined) return false;
        continue;
      }
      lines.push({ name: nameOf(thing) ?? value, unit, qty: count ?? 1 });
    }
    return true;
  };
  return read(args) && lines.length ? lines : undefined;
}

/** The sum, and the lines as the user hears them. */
export function quoteText(lines: readonly QuoteLine[], lang: 'zh' | 'en'): string {
  const money = (n: number) => `¥${n.toFixed(2)}`;
  const total = quoteTotal(lines);
  const parts = lines.map((line) => `${line.name} ${money(line.unit)} ×${line.qty}`).join(' + ');
  return lang === 'en'
    ? `At the listed prices: ${parts} = ${money(total)} in all. Nothing is booked; the order itself may add fees.`
    : `按所列单价：${parts}，合计 ${money(total)}。尚未下单，实际金额以下单时为准。`;
}

/** What the lines come to, in yuan. */
export function quoteTotal(lines: readonly QuoteLine[]): number {
  return lines.reduce((sum, line) => sum + Math.round(line.unit * 100) * line.qty, 0) / 100;
}

function priceOf(thing: Record<string, unknown>, choices: readonly string[]): number | undefined {
  for (const [key, value] of Object.entries(thing)) {
    if (isPriceKey(key) && typeof value === 'number') return value;
    if (PRICES.test(key) && value && typeof value === 'object') {
      const table = value as Record<string, unknown>;
      const chosen = choices.find((choice) => typeof table[choice] === 'number');
      if (chosen) return table[chosen] as number;
    }
  }
  return undefined;
}

function nameOf(thing: Record<string, unknown>): string | undefined {
  const key = Object.keys(thing).find((k) => NAME.test(k) && typeof thing[k] === 'string');
  return key ? (thing[key] as string) : undefined;
}

