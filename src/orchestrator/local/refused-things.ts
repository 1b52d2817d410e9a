import type { Entity } from '../understand/index.ts';

/**
 * The things an act was refused for (a full class, a sold-out showing, a room type with none left): the IDs
 * it took of the things themselves, not of the place they belong to — of an act that takes one ID, that one;
 * of one that takes several (a hotel and its room type), those whose listed thing carries another of them
 * (the room type, which names its hotel). What is done instead is never one of these.
 */
export function refusedThings(args: Record<string, unknown>, idNames: readonly string[], listed: readonly Entity[]): string[] {
  const given = idNames.filter((name) => typeof args[name] === 'string' || typeof args[name] === 'number');
  if (given.length === 1) return [String(args[given[0]!])];
  return given.filter((name) => {
    const thing = listed.find((e) => e.id === String(args[name]));
    return !!thing && given.some((other) => other !== name && thing.fields?.[other] !== undefined);
  }).map((name) => String(args[name]));
}
