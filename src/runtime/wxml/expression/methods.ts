import { toNumber, toText } from './safe-value.ts';

type Method = (receiver: unknown, args: unknown[]) => unknown;

const MAX_SLICE = 10_000;

const toInteger = (value: unknown, fallback: number): number => {
  const number = toNumber(value);
  return Number.isFinite(number) ? Math.trunc(number) : fallback;
};

const sameValue = (a: unknown, b: unknown): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

/**
 * The only calls a WXML expression may make: our own implementations of the few methods
 * templates use (`price.toFixed(2)`, `tags.join('、')`, `list.indexOf(x)`), never the host's.
 */
const METHODS: Record<string, Method> = {
  toFixed(receiver, [digits]) {
    if (typeof receiver !== 'number') return undefined;
    const places = Math.min(20, Math.max(0, toInteger(digits, 0)));
    return Number.isFinite(receiver) ? receiver.toFixed(places) : String(receiver);
  },
  join(receiver, [separator]) {
    if (!Array.isArray(receiver)) return undefined;
    return receiver.map((item) => toText(item)).join(separator === undefined ? ',' : toText(separator));
  },
  indexOf(receiver, [search, from]) {
    if (typeof receiver === 'string') return receiver.indexOf(toText(search), toInteger(from, 0));
    if (Array.isArray(receiver)) return receiver.findIndex((item, index) => index >= toInteger(from, 0) && sameValue(item, search));
    return undefined;
  },
  includes(receiver, [search]) {
    if (typeof receiver === 'string') return receiver.includes(toText(search));
    if (Array.isArray(receiver)) return receiver.some((item) => sameValue(item, search));
    return undefined;
  },
  slice(receiver, [start, end]) {
    if (typeof receiver !== 'string' && !Array.isArray(receiver)) return undefined;
    const from = toInteger(start, 0);
    const to = end === undefined ? receiver.length : toInteger(end, receiver.length);
    const sliced = receiver.slice(from, to);
    return Array.isArray(sliced) ? sliced.slice(0, MAX_SLICE) : sliced;
  },
  toUpperCase: (receiver) => (typeof receiver === 'string' ? receiver.toUpperCase() : undefined),
  toLowerCase: (receiver) => (typeof receiver === 'string' ? receiver.toLowerCase() : undefined),
  trim: (receiver) => (typeof receiver === 'string' ? receiver.trim() : undefined),
  toString: (receiver: unknown) => (receiver === null || receiver === undefined || (typeof receiver === 'object' && !Array.isArray(receiver)) ? undefined : toText(receiver)),
};

/** Calls a whitelisted method; anything else is undefined, never an error. */
export function callMethod(receiver: unknown, name: unknown, args: unknown[]): unknown {
  if (typeof name !== 'string' || !Object.hasOwn(METHODS, name)) return undefined;
  return (METHODS[name] as Method)(receiver, args);
}
