/**
 * The English a person says for the Chinese grade words a skill's enum glosses are built from,
 * and back: 黄金座 is "golden seats", 豪华间 "a deluxe room". General
 * vocabulary of tiers (what any seat, room or service class is called), never a mini-program's
 * own names. As with kin words, a group counts for an option only where no other option of the
 * same parameter shares it.
 */
const GRADES: readonly (readonly string[])[] = [
  ['黄金', 'golden', 'gold'],
  ['豪华', 'deluxe', 'luxury'],
  ['贵宾', 'vip'],
  ['经济', 'economy'],
  ['商务', 'business class'],
  // "a couple of tickets" is two tickets: only the seat itself says the grade
  ['情侣', 'couple seat', 'couples seat', 'love seat', 'loveseat'],
];

/** An English grade word counts before the thing it grades ("gold seats"), never alone ("the gold one"). */
export function gradesAThing(text: string, end: number): boolean {
  return /^[\s-]+(?!(?:ones?|of|and|or|to|if|for|in|at|on)\b)[a-z]/i.test(text.slice(end));
}

/** Whole words for English, substrings for Chinese. */
function holds(gloss: string, word: string): boolean {
  const text = gloss.toLowerCase();
  if (/\p{Script=Han}/u.test(word)) return text.includes(word);
  return new RegExp(`(?<![a-z])${word}(?![a-z])`).test(text);
}

/** The grade words of one option's glosses that no other option's glosses share a group with. */
export function gradeWords(own: readonly string[], others: readonly string[]): string[] {
  const groupsOf = (glosses: readonly string[]) =>
    GRADES.filter((group) => glosses.some((gloss) => group.some((word) => holds(gloss, word))));
  const taken = new Set(groupsOf(others));
  return groupsOf(own).filter((group) => !taken.has(group)).flat();
}
