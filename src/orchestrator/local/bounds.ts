import type { JsonSchema } from '../../package/index.ts';
import { paramLabel } from './phrasing.ts';

/** A number the request gave that the API's schema does not take (20 where at most 10 are sold at once). */
export interface OutOfBounds {
  path: string;
  value: number;
  min?: number;
  max?: number;
}

/** The first number in `args` outside the bounds its schema declares, at any depth (`items.0.qty`). */
export function outOfBounds(args: unknown, schema: JsonSchema, path = ''): OutOfBounds | undefined {
  if (typeof args === 'number') {
    const { exclusiveMinimum: xmin, exclusiveMaximum: xmax } = schema;
    const min = schema.minimum ?? describedLimit(schema.description, 'min')?.value;
    const max = schema.maximum ?? describedLimit(schema.description, 'max')?.value;
    const low = typeof min === 'number' && args < min ? min : typeof xmin === 'number' && args <= xmin ? xmin + (schema.type === 'integer' ? 1 : 0) : undefined;
    const high = typeof max === 'number' && args > max ? max : typeof xmax === 'number' && args >= xmax ? xmax - (schema.type === 'integer' ? 1 : 0) : undefined;
    if (low !== undefined) return { path, value: args, min: low };
    if (high !== undefined) return { path, value: args, max: high };
    return undefined;
  }
  if (Array.isArray(args)) {
    for (const [i, item] of args.entries()) {
      const found = outOfBounds(item, schema.items ?? {}, join(path, String(i)));
      if (found) return found;
    }
    return undefined;
  }
  if (args && typeof args === 'object') {
    for (const [key, value] of Object.entries(args)) {
      const found = outOfBounds(value, schema.properties?.[key] ?? {}, join(path, key));
      if (found) return found;
    }
  }
  return undefined;
}

const MAX_WORDS = String.raw`最多|最重|最大|最长|最高|至多|不超过|不能超过|不得超过|上限|at most|up to|no more than|max(?:imum)?:?`;
const MIN_WORDS = String.raw`最少|最轻|最小|最短|最低|至少|不少于|不低于|下限|at least|no less than|min(?:imum)?:?`;
const UNIT = String.raw`(公斤|千克|kg|克|斤|小时|hours?|分钟|minutes?|天|days?|晚|nights?|人|people|位|间|rooms?|张|件|个|杯|份|盒|次|元|yuan|g|h)?(?![A-Za-z])`;

/**
 * A limit a parameter's description states in words, as skills written from WeChat's guidance do
 * (「单件最重 30 公斤」, "up to 6 hours"): the number and the unit said with it.
 */
export function describedLimit(description: string | undefined, side: 'min' | 'max'): { value: number; unit?: string } | undefined {
  if (!description) return undefined;
  const words = side === 'max' ? MAX_WORDS : MIN_WORDS;
  const match = new RegExp(`(?:${words})\\s*(\\d+(?:\\.\\d+)?)\\s*${UNIT}`, 'i').exec(description);
  if (!match) return undefined;
  return { value: Number(match[1]), ...(match[2] ? { unit: match[2] } : {}) };
}

/** What the user is told: the limit, what they said, and the question that lets them change it. */
export function boundsNotice(found: OutOfBounds, schema: JsonSchema, lang: 'zh' | 'en'): string {
  const label = paramLabel(schema.description, found.path.split('.').pop() ?? found.path, lang);
  const unit = describedLimit(schema.description, found.max !== undefined ? 'max' : 'min')?.unit;
  const amount = (n: number | undefined) => (unit ? `${n} ${unit}` : `${n}`);
  if (lang === 'en') {
    const limit = found.max !== undefined ? `at most ${amount(found.max)}` : `at least ${amount(found.min)}`;
    return `The ${label} must be ${limit} (you said ${amount(found.value)}). What would you like instead?`;
  }
  const limit = found.max !== undefined ? `最多 ${amount(found.max)}` : `至少 ${amount(found.min)}`;
  const past = found.max !== undefined ? '超过了上限' : '低于下限';
  return `${label}${limit}，你说的是 ${amount(found.value)}，${past}。要改成多少？`;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
