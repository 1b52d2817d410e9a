import { cityOf, pinyinHits, type Entity } from '../understand/index.ts';

/** Fields that say where a thing is (a store's address, its district, a landmark). */
const PLACE_KEY = /address|addr|district|area|landmark|location|street|region|地址|区域/i;
/** Where an address breaks into the names of its parts: 杭州市 | 西湖区 | 文三路 | 90号 | 近 … */
const BREAKS = /[\s,，、;；()（）·]|(?<=[市区县省])|(?<=[路街道巷])(?=\d)|\d+[号弄栋楼层室]?|近|旁|对面|附近|地铁站?|站/u;
/** The kind a place name ends in, dropped for the short form people say (西湖区 → 西湖, 湖滨路 stays). */
const ADMIN_SUFFIX = /(?<=\p{Script=Han}{2})[市区县省]$/u;

/**
 * The things a request places by where they are rather than by name: 「文三路那家」 is the store
 * whose address is on 文三路, 「西湖的」 the one in 西湖区. Only a place word no other thing of the
 * list shares counts; several things matched, or none, give none.
 */
export function entitiesByPlace(text: string, entities: readonly Entity[]): Entity[] {
  const words = entities.map(placeWords);
  const owners = new Map<string, number>();
  for (const set of words) for (const w of set) owners.set(w, (owners.get(w) ?? 0) + 1);
  const hits = entities.filter((_, i) => [...words[i]!].some((w) => owners.get(w) === 1 && text.includes(w)));
  if (hits.length === 1) return hits;
  // "deliver to 88 Caoxi North Road, Xuhui": the place spelled in pinyin
  const spelled = new Set(pinyinHits(text, words.map((set) => [...set].filter((w) => owners.get(w) === 1))).map((hit) => hit.key));
  return spelled.size === 1 ? [entities[[...spelled][0]!]!] : [];
}

/**
 * The things in the one city a request names (「送到杭州市…」, "in Hangzhou"), where the list spans
 * several cities; where it names none, those in the user's own city (a person asking for 「七点多那场」
 * means one near them, not the one at that time a thousand kilometres away); else all of them.
 */
export function entitiesInCity(text: string, entities: readonly Entity[], userCity?: string): readonly Entity[] {
  const cities = [...new Set(entities.map((e) => e.fields?.city).filter((c): c is string => !!c && /^\p{Script=Han}{2,}$/u.test(c)))];
  if (cities.length < 2) return entities;
  const short = (city: string) => city.replace(/市$/, '');
  const said = cities.filter((city) => text.includes(short(city)));
  const named = said.length ? said : [...new Set(pinyinHits(text, cities.map((c) => [short(c)])).map((hit) => cities[hit.key]!))];
  if (named.length === 1) return entities.filter((e) => e.fields?.city === named[0]);
  const home = !named.length && userCity && !cityOf(text) ? cities.filter((city) => short(city) === short(userCity)) : [];
  return home.length ? entities.filter((e) => e.fields?.city === home[0]) : entities;
}

function placeWords(entity: Entity): Set<string> {
  const words = new Set<string>();
  for (const [key, value] of Object.entries(entity.fields ?? {})) {
    if (!PLACE_KEY.test(key) || typeof value !== 'string') continue;
    for (const part of value.split(BREAKS)) {
      const word = part?.trim() ?? '';
      if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
      words.add(word);
      const short = word.replace(ADMIN_SUFFIX, '');
      if (short !== word && short.length >= 2) words.add(short);
    }
  }
  return words;
}
