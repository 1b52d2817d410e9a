/**
 * What the user said, as text, whatever arrived: understanding never throws on odd input
 * (a number from a form, a missing field); it just finds nothing in it.
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
