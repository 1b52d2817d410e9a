import type { Entity } from '../understand/index.ts';
import { datesOf, timesOf } from './entities.ts';

/**
 * The things an act was refused for (a full class, a sold-out showing): the IDs it took of things listed
 * with a day or a time of their own — not an address or a store, which is no session to be full — and
 * of several, those whose listed thing carries another of them (the session, which names its studio).
 * What is done instead is never one of these.
 */
export function refusedThings(args: Record<string, unknown>, idNames: readonly string[], listed: readonly Entity[]): string[] {
  const given = idNames.filter((name) => typeof args[name] === 'string' || typeof args[name] === 'number');
  const thingOf = (name: string) => listed.find((e) => e.id === String(args[name]));
  const sessions = given.filter((name) => {
    const thing = thingOf(name);
    return !!thing && (datesOf(thing).length > 0 || timesOf(thing).length > 0);
  });
  if (sessions.length <= 1) return sessions.map((name) => String(args[name]));
  return sessions.filter((name) => sessions.some((other) => other !== name && thingOf(name)!.fields?.[other] !== undefined)).map((name) => String(args[name]));
}
