/**
 * 「每人一份」「人手一杯」, "a combo each", "one for everyone": a thing added to an act that counts
 * people (tickets, guests) is wanted once for every one of them. 「各一份」 is not this: it is one
 * of each thing named.
 */
const EACH = /\b(?:each|apiece|per (?:person|head)|for (?:each of us|every ?one|every ?body|all of us))\b|每人|每个人|每位|一人一|人手一/i;

/** Whether the clause asks for its thing once per person. */
export function saysEach(text: string): boolean {
  return EACH.test(text);
}

/**
 * The count of a thing said per person: what the clause counts (one where it says none), times
 * the people the act counts. Undefined where the clause does not say "each" or no count is known.
 */
export function perPerson(text: string, said: unknown, people: unknown): number | undefined {
  if (!saysEach(text) || typeof people !== 'number' || people < 1) return undefined;
  // (a count that is the people's own, 「公司45个人…，一人一袋」, is no count of each)
  const each = typeof said === 'number' && said >= 1 && said !== people ? said : 1;
  return each * people;
}
