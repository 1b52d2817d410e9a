import type { Tool } from '../../catalog/index.ts';
import type { Attribute } from '../understand/asked-attribute.ts';
import { extractQuantities } from '../understand/index.ts';
import { schemaTells } from './attribute-fields.ts';
import { readsOnly } from './tool-kinds.ts';

/**
 * How much an API fits a question for a fact, by what its output schema says it returns: a list
 * that tells the attribute asked (an address, hours, a length) fits, one that does not fits less;
 * a price asked for a count of things (「四瓶多少钱」, "how much for 4 bottles") or delivered fits
 * the mini-program's own quote, which computes it. 1 where nothing is asked or the API says nothing of its output.
 */
export function askedFit(tool: Tool, attributes: readonly Attribute[], text: string): number {
  if (!attributes.length || !readsOnly(tool) || !tool.outputSchema) return 1;
  const tells = attributes.some((attribute) => schemaTells(attribute, tool.outputSchema));
  if (attributes.includes('price') && quotes(tool)) return quoteAsked(tool, attributes, text) ? 2.5 : 0.7;
  return tells ? 1.5 : 0.6;
}

/** Whether the question asks what the API quotes: a price for a count of things, or delivered. */
export function quoteAsked(tool: Tool, attributes: readonly Attribute[], text: string): boolean {
  return attributes.includes('price') && readsOnly(tool) && quotes(tool) && (saysCount(text) || DELIVERED.test(text));
}

/** Whether a read-only API computes an amount for what it is given: it takes a quantity and returns a total. */
export function quotes(tool: Tool): boolean {
  const total = Object.keys(tool.outputSchema?.properties ?? {}).some((key) => /^(?:total|totalPrice|amount|totalAmount|grandTotal)$/i.test(key));
  return total && takesQuantity(tool.inputSchema);
}

function takesQuantity(schema: Tool['inputSchema'], depth = 0): boolean {
  if (depth > 4) return false;
  return Object.entries(schema.properties ?? {}).some(([key, p]) => /^(?:qty|quantity|count|amount|num|number)$/i.test(key) || (p.items ? takesQuantity(p.items, depth + 1) : false));
}

/** A price asked with the way it comes (delivered): a total with its fees, not a unit price. */
const DELIVERED = /送到|送上门|外送|配送|送货|\bdeliver(?:ed|y)?\b|\bshipped\b/i;

/** Units that count things (bottles, boxes, tickets), not measure time or size. */
const COUNTING = /^(?:盒|包|瓶|支|个|份|袋|张|杯|件|只|罐|台|间|bottles?|boxes?|box|packs?|packets?|cups?|tickets?|pieces?|items?|units?|bags?|jars?|cans?|tins?|tubes?|rooms?)$/i;

/** Whether the text says how many things: 「四瓶」, "4 bottles of". */
export function saysCount(text: string): boolean {
  return extractQuantities(text).some((q) => q.value >= 2 && q.unit !== undefined && COUNTING.test(q.unit))
    || /[\d两三四五六七八九十]+\s*[盒包瓶支份袋张杯件罐]/.test(text)
    || [...text.matchAll(/\b(?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z]+)/gi)].some((m) => COUNTING.test(m[1] ?? ''));
}
