import { readOwn, setOwn, toText } from './expression/safe-value.ts';
import type { UiNode } from './types.ts';

const EVENT_ATTRIBUTE = /^(?:bind|catch|capture-bind|capture-catch|mut-bind):?([A-Za-z][\w-]*)$/;
const SKIPPED = new Set(['hidden', 'slot']);

/** `data-foo-bar` → `fooBar`, `data-fooBar` → `foobar` (WeChat lowercases, then camel-cases at hyphens). */
export function datasetKey(attribute: string): string {
  return attribute
    .slice(5)
    .toLowerCase()
    .replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `my-prop` → `myProp`: how an attribute names a component property. */
export function propertyName(attribute: string): string {
  return attribute.replace(/-([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The event an attribute binds (`bindtap`, `catch:tap`, `mut-bind:input` → tap / tap / input), if any. */
export function eventName(attribute: string): string | undefined {
  return EVENT_ATTRIBUTE.exec(attribute)?.[1];
}

/** Attributes that belong to the host node whatever the tag: directives, class, style, data-*, events. */
export function isHostAttribute(attribute: string): boolean {
  return (
    attribute.startsWith('wx:') || attribute.startsWith('data-') || attribute.startsWith('mark:') || attribute.startsWith('generic:') ||
    attribute === 'class' || attribute === 'style' || attribute === 'id' || SKIPPED.has(attribute) || eventName(attribute) !== undefined
  );
}

/**
 * Applies one evaluated host attribute to a node. Returns false when the attribute is not a
 * host attribute, so the caller decides (a plain attribute, or a component property).
 */
export function applyHostAttribute(node: UiNode, attribute: string, value: unknown): boolean {
  if (attribute.startsWith('wx:') || attribute.startsWith('mark:') || attribute.startsWith('generic:') || SKIPPED.has(attribute)) return true;
  if (attribute === 'class') {
    node.classes = toText(value).split(/\s+/).filter(Boolean);
  } else if (attribute === 'style') {
    const style = toText(value).trim();
    if (style) node.style = style;
  } else if (attribute === 'id') {
    const id = toText(value);
    if (id) node.attrs.id = id;
  } else if (attribute.startsWith('data-')) {
    setOwn(node.dataset, datasetKey(attribute), typeof value === 'function' ? undefined : value);
  } else {
    const event = eventName(attribute);
    if (event === undefined) return false;
    const handler = toText(value).trim();
    if (handler) setOwn(node.events, event, handler);
  }
  return true;
}

/** Sets a plain attribute when its value is a scalar; objects and arrays have no place in `attrs`. */
export function applyPlainAttribute(node: UiNode, attribute: string, value: unknown): void {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') setOwn(node.attrs, attribute, value);
}

/** A picker's `range` as display text, with `range-key` picking the field of object items. */
export function pickerOptions(range: unknown, rangeKey: unknown): string[] | undefined {
  if (!Array.isArray(range)) return undefined;
  const key = typeof rangeKey === 'string' && rangeKey ? rangeKey : undefined;
  return range.slice(0, 1000).map((item) => {
    if (Array.isArray(item)) return item.map((cell) => toText(key ? readOwn(cell, key) : cell)).join(' / ');
    return toText(key && item !== null && typeof item === 'object' ? readOwn(item, key) : item);
  });
}
