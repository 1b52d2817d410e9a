import { cityOf, type Entity } from '../understand/index.ts';

/**
 * Whether the request names a city none of the listed things is in ("I'm in Hangzhou all week",
 * 「在杭州」), where they say their cities: then none of them is where the user means, and the
 * user's home city picks none either (the user is asked, with the list's own words).
 */
export function cityWithout(text: string, entities: readonly Entity[]): boolean {
  const cities = new Set(entities.map((e) => e.fields?.city?.replace(/市$/, '')).filter((c): c is string => !!c));
  if (!cities.size) return false;
  const said = cityOf(text);
  return !!said && !cities.has(said);
}
