import type { JsonSchema } from '../../package/index.ts';
import type { Attribute } from '../understand/asked-attribute.ts';
import { HOURS_KEY } from './hours-said.ts';

/**
 * The fields that hold an attribute, by how results commonly name them (`minutes`, `durationHours`,
 * `open`/`close`, `price`, `total`, `address`, `endTime`) or by the words of their schema's
 * description (「时长（分钟）」, "price in yuan"). Best first: a total before a unit price.
 */
const FIELD_NAMES: Record<Attribute, RegExp[]> = {
  duration: [/^(?:duration|minutes|mins|runtime|length|durationMin(?:ute)?s?|durationHours|lengthMinutes)$/i, /(?:Minutes|Mins|Duration|Runtime|Length)$/],
  hours: [HOURS_KEY],
  price: [/^(?:total|totalPrice|amount|totalAmount)$/i, /^(?:price|unitPrice|fare|cost|fee|rate)$/i, /(?:Price|Fare|Cost)$/],
  address: [/^(?:address|addr|location|fullAddress|street)$/i, /Address$/],
  end: [/^(?:end|endTime|endsAt|endAt|finish|finishTime|finishAt)$/i, /(?:End|EndTime)$/],
  balance: [/^(?:balance|available|availableBalance|remaining)$/i, /Balance$/],
  phone: [/^(?:phone|tel|telephone|mobile|contactPhone|hotline)$/i, /(?:Phone|Tel|Mobile)$/],
  use: [/^(?:use|uses|usage|indication|indications|purpose|effect|effects|efficacy)$/i, /(?:Use|Usage|Indications?)$/],
};

const TOTAL = /^(?:total|totalPrice|amount|totalAmount)$/i;

const DESCRIBED: Record<Attribute, RegExp> = {
  duration: /时长|片长|分钟数|\bduration\b|\blength in\b|\bminutes\b/i,
  hours: /营业时间|开门|关门|\bopening hours\b|\bbusiness hours\b/i,
  price: /价格|单价|票价|合计|总价|\bprice\b|\btotal\b/i,
  address: /地址|\baddress\b/i,
  end: /结束时间|散场|\bend time\b|\bends at\b/i,
  balance: /余额|结余|\bbalance\b/i,
  phone: /电话|手机|\bphone\b|\btelephone\b/i,
  use: /用途|适用|功效|作用|适应症|主治|\bused for\b|\bindications?\b/i,
};

/** The keys of an object that hold the attribute, best first; descriptions from its schema where given. */
export function attributeKeys(attribute: Attribute, value: Record<string, unknown>, schema?: JsonSchema): string[] {
  // (a result's `total: 9` beside its nine classes counts them: no price, nor anything else asked)
  const keys = Object.keys(value).filter((key) => isPlain(value[key]) && !countsList(value, key, schema));
  const ranked = FIELD_NAMES[attribute].flatMap((pattern) => keys.filter((key) => pattern.test(key)));
  const described = keys.filter((key) => DESCRIBED[attribute].test(schema?.properties?.[key]?.description ?? ''));
  return [...new Set([...ranked, ...described])];
}

/** Whether a tool's output schema has a field for the attribute anywhere (a list's items, a nested object). */
export function schemaTells(attribute: Attribute, schema: JsonSchema | undefined, depth = 0): boolean {
  if (!schema || depth > 6) return false;
  const properties = schema.properties ?? {};
  // (`prices: { standard, premium }` tells prices too; an order's `total` or `amount` is what was paid, not what a thing costs)
  const keys = Object.keys(properties).flatMap((key) => [key, key.replace(/(?<=[a-z]e)s$/, '')]);
  const told = attributeKeys(attribute, Object.fromEntries(keys.map((key) => [key, key])), schema);
  if (told.some((key) => attribute !== 'price' || !TOTAL.test(key))) return true;
  return [...Object.values(properties), ...(schema.items ? [schema.items] : [])].some((p) => schemaTells(attribute, p, depth + 1));
}

/** How long a duration field's value is in minutes, by its key or description (hours where they say so). */
export function minutesOf(key: string, value: number, description = ''): number {
  return /hours?$|小时/i.test(key) || /小时|\bhours?\b/i.test(description) ? value * 60 : value;
}

/** Whether a number counts the things of a list beside it (its length), or its description says it counts. */
function countsList(value: Record<string, unknown>, key: string, schema?: JsonSchema): boolean {
  const n = value[key];
  if (typeof n !== 'number') return false;
  if (COUNTS.test(schema?.properties?.[key]?.description ?? '')) return true;
  return Object.values(value).some((v) => Array.isArray(v) && v.length === n && v.some((item) => item && typeof item === 'object'));
}

const COUNTS = /条数|个数|数量|总数|共几|\bcount\b|\bnumber of\b/i;

function isPlain(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : typeof value === 'number';
}
