import type { JsonSchema } from '../../package/index.ts';

/** A parameter that names one record by its code: `orderId`, `bookingNo`, 「订单号」, "order number". */
const ID_NAME = /(?:id|no|num|number|code|ref)$/i;
const ID_WORDS = /单号|编号|订单号|预订号|预约号|流水号|\bID\b|order (?:number|no)|booking (?:number|reference)|reference/i;
/** A code as people copy it: letters, digits, `_` or `-`, at least one digit. */
const TOKEN = /(?<![A-Za-z0-9_#-])[A-Za-z0-9][A-Za-z0-9_-]{3,}(?![A-Za-z0-9_-])/g;

/**
 * The one code the user typed for a parameter that takes a record's code and has no list API
 * to look it up in (「取消订单 ord_99999」): a token with a digit that is neither a date, a
 * time, a phone number, an amount nor a plain count. Two such codes, or none: undefined.
 */
export function typedId(name: string, schema: JsonSchema, texts: string[]): string | undefined {
  if (schema.type !== 'string' && schema.type !== undefined) return undefined;
  if (!ID_NAME.test(name) && !ID_WORDS.test(schema.description ?? '')) return undefined;
  const found = new Set<string>();
  for (const text of texts) {
    for (const [token] of text.matchAll(TOKEN)) if (isCode(token)) found.add(token);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function isCode(token: string): boolean {
  if (!/\d/.test(token)) return false;
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(token) || /^1\d{10}$/.test(token)) return false; // a date, a mobile number
  if (/^\d+$/.test(token)) return token.length >= 6; // a bare number is a code only when long
  return /[A-Za-z]/.test(token) && !/^\d+(?:am|pm|h|km|kg|ml|yuan|rmb)$/i.test(token);
}
