/** A bracket whose inside lists several things: 「（大份爆米花+2杯中杯可乐）」, "(fries & a drink)". */
const CONTENTS = /\s*[(（【[]([^)）】\]]*(?:[+＋、&＆]|\s(?:and|with|plus)\s)[^)）】\]]*)[)）】\]]\s*/giu;

/**
 * A name without the list of what the thing holds: 「双人套餐（大份爆米花+2杯中杯可乐）」 is
 * 「双人套餐」. The things listed are other entities' names, not words that name this one, so a
 * request for one of them must not find the set that contains it.
 */
export function withoutContents(name: string): string {
  const stripped = name.replace(CONTENTS, ' ').trim();
  return stripped === '' ? name : stripped;
}
