/** Nesting past which the rest of a value is left to `structuredClone`, which keeps its own stack in check. */
const DEEPEST = 64;

/**
 * A deep copy of JSON-like data (plain objects, arrays, primitives), as `structuredClone`
 * makes one — own enumerable keys, `undefined` values kept — at a fraction of its cost on small
 * values, which it serialises and reads back. Anything else inside (a byte array, a Date, a
 * class instance) and anything nested deeper than `DEEPEST` is copied by `structuredClone`.
 * Unlike it, a part reached twice is copied twice, and an array's holes and named properties are not kept.
 */
export function plainCopy<T>(value: T): T {
  return copy(value, 0) as T;
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return structuredClone(value); // refused, as it refuses them
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= DEEPEST) return structuredClone(value);
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], depth + 1);
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], depth + 1);
  return out;
}
