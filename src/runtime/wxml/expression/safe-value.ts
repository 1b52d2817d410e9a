/**
 * Value operations that never run host code: no getters, no prototype chain, no user
 * `valueOf`/`toString`. Everything an expression touches goes through here.
 */

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

/** Keys an expression may never read or write, whatever the data holds. */
export function isBlockedKey(key: string): boolean {
  return BLOCKED_KEYS.has(key);
}

/** Sets an own data property, so `__proto__` and setters can never be triggered. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An own data property of a plain value, or undefined: never a getter, a function or an inherited member. */
export function readOwn(target: unknown, key: string): unknown {
  if (target === null || typeof target !== 'object' || isBlockedKey(key)) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor || !('value' in descriptor)) return undefined;
  return typeof descriptor.value === 'function' ? undefined : descriptor.value;
}

/** `object[key]` with WXML's reach: own data of objects and arrays, `length` and indexes of strings and arrays. */
export function getMember(object: unknown, key: unknown): unknown {
  if (object === null || object === undefined) return undefined;
  const name = typeof key === 'number' ? String(key) : typeof key === 'string' ? key : toText(key);
  if (typeof object === 'string') {
    if (name === 'length') return object.length;
    return /^\d+$/.test(name) ? object[Number(name)] : undefined;
  }
  if (typeof object !== 'object') return undefined;
  if (Array.isArray(object) && name === 'length') return object.length;
  return readOwn(object, name);
}

/** A primitive for an operator, without calling any method of the value. */
export function toPrimitive(value: unknown): string | number | boolean | null | undefined | bigint | symbol {
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : (value as string);
  return toText(value);
}

/** What `{{ value }}` shows: WeChat's rules, with null and undefined as nothing. */
export function toText(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      if (Array.isArray(value)) return depth > 8 ? '' : value.map((item) => toText(item, depth + 1)).join(',');
      return '[object Object]';
    default:
      return '';
  }
}

/** `Number(value)` without calling any method of the value. */
export function toNumber(value: unknown): number {
  const primitive = toPrimitive(value);
  if (typeof primitive === 'symbol') return Number.NaN;
  if (typeof primitive === 'bigint') return Number(primitive);
  return Number(primitive);
}

/** JavaScript truthiness: a string "false" is true, as WeChat warns. */
export function isTruthy(value: unknown): boolean {
  return Boolean(value);
}
