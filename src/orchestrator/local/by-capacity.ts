import type { Entity } from '../understand/index.ts';

/** Fields that say how many a thing holds (`maxGuests`, `capacity`, 「最多入住」). */
const CAPACITY = /^(?:max(?:Guests|People|Persons|Occupancy|Adults)|capacity|occupancy|sleeps|最多入住|可住人数|容纳人数)$/i;
/** Arguments that say how many there are (`guests`, `people`, `partySize`). */
const PARTY = /^(?:guests|people|persons|partySize|adults|headcount|人数)$/i;
/** Arguments that say how many of the thing are taken (`rooms`). */
const UNITS = /^(?:rooms|roomCount|units)$/i;

/**
 * Those of the list that hold the party the order is for (a family of three: the rooms for three, not
 * the 2-person ones), counting every unit taken; the list itself where none says how many it holds,
 * no party is said, or none would hold it (the refusal then says so).
 */
export function holdingParty(entities: readonly Entity[], args: Record<string, unknown>): readonly Entity[] {
  const party = Object.entries(args).find(([key, value]) => PARTY.test(key) && typeof value === 'number')?.[1] as number | undefined;
  if (party === undefined) return entities;
  const units = (Object.entries(args).find(([key, value]) => UNITS.test(key) && typeof value === 'number')?.[1] as number | undefined) ?? 1;
  const holds = (e: Entity) => {
    const key = Object.keys(e.fields ?? {}).find((k) => CAPACITY.test(k) && /^\d+$/.test(e.fields![k]!));
    return key === undefined ? undefined : Number(e.fields![key]) * units >= party;
  };
  if (entities.some((e) => holds(e) === undefined)) return entities;
  const fit = entities.filter((e) => holds(e));
  return fit.length ? fit : entities;
}
