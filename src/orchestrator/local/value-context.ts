import type { PlannerInput } from '../planner.ts';
import type { ValueContext } from './fill-value.ts';

/** What values are read against: the texts, the hub's clock, the user's city and saved addresses. */
export function valueContext(input: PlannerInput, texts: string[]): ValueContext {
  return { texts, now: input.clock.now(), timeZone: input.clock.timeZone, userCity: input.user.city, addresses: input.user.addresses ?? [] };
}
