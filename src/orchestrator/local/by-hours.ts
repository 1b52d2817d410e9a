import { extractQuantities, type Entity } from '../understand/index.ts';

const HOURS_UNIT = /^(?:hours?|hrs?|小时|个小时|钟头|个钟头)$/i;

/** The things whose names say the length of time said (「整理收纳（3小时）」 for 「三个钟头」, "Tidy-up (2 hours)" for "two hours"). */
export function entitiesByHours(text: string, entities: Entity[]): Entity[] {
  const hours = extractQuantities(text).filter((q) => q.unit && HOURS_UNIT.test(q.unit)).map((q) => q.value);
  if (hours.length !== 1) return [];
  const said = new RegExp(String.raw`(?<![\d.])${hours[0]}\s*(?:个)?(?:小时|钟头|hours?|hrs?|h\b)`, 'i');
  return entities.filter((e) => e.names.some((n) => said.test(n)));
}
