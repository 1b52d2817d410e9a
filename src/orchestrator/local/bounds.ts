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
    const { minimum: min, maximum: max, exclusiveMinimum: xmin, exclusiveMaximum: xmax } = schema;
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

/** What the user is told: the limit, what they said, and the question that lets them change it. */
export function boundsNotice(found: OutOfBounds, schema: JsonSchema, lang: 'zh' | 'en'): string {
  const label = paramLabel(schema.description, found.path.split('.').pop() ?? found.path, lang);
  if (lang === 'en') {
    const limit = found.max !== undefined ? `at most ${found.max}` : `at least ${found.min}`;
    return `The ${label} must be ${limit} (you said ${found.value}). What would you like instead?`;
  }
  const limit = found.max !== undefined ? `最多 ${found.max}` : `至少 ${found.min}`;
  return `${label}${limit}，你说的是 ${found.value}。要改成多少？`;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
