import { fold, wordForm, type Entity } from '../understand/index.ts';

/**
 * Of several things one span names alike (「单人间」 of 标准单人间 and 海景单人间), the one whose own
 * words — what its name holds that the others' do not — the text says elsewhere (「能看海的单人间」,
 * "a single where I can see the sea"); none where no one, or more than one, is told apart so.
 */
export function byDifference(alike: readonly Entity[], text: string): Entity | undefined {
  if (alike.length < 2) return undefined;
  const words = alike.map((entity) => new Set(entity.names.flatMap(wordsOf)));
  const said = new Set(wordsOf(text));
  const told = alike.filter((_, i) => [...words[i]!].some((word) => said.has(word) && words.some((other, j) => j !== i && !other.has(word))));
  return told.length === 1 ? told[0] : undefined;
}

/** Han characters one by one and English words in one form, less the little words any text says. */
function wordsOf(text: string): string[] {
  return [...fold(String(text)).matchAll(/\p{Script=Han}|[a-z]+/gu)]
    .map((match) => (/^[a-z]/.test(match[0]) ? wordForm(match[0]) : match[0]))
    .filter((word) => !LITTLE.has(word) && (word.length > 2 || /\p{Script=Han}/u.test(word)));
}

const LITTLE = new Set(['the', 'and', 'with', 'for', 'one', 'any', 'who', 'that', 'thi', 'this', '的', '了', '个', '我', '你', '有', '是', '一', '和']);
