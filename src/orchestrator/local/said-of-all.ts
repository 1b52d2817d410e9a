/** Words that say a detail of every item (「都要冰的」「全部大杯」, "all iced", "both large"). */
const OF_ALL = /都|全部|全都|统统|一律|\ball\b|\bboth\b|\beach\b|\bevery(?:one| one)?\b|\b(?:on|for|in) either\b/i;

/**
 * The clauses of an order that name no item and say a detail of them all (「两杯拿铁，一杯美式，都要冰的」):
 * read for every item after the item's own clause, so what an item's own words say still wins.
 */
export function saidOfAll(clauses: readonly string[], naming: ReadonlySet<string>): string[] {
  return clauses.filter((clause) => !naming.has(clause) && OF_ALL.test(clause));
}
