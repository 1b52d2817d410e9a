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

/**
 * 「要能看到海的那种间」 of 内舱双人间, 海景双人间: a part that says only the kind every one of them
 * ends in (间), with a word of one name that no other holds (海). The ending is what the part
 * is about; the rest of the request (「海边出发那班」) tells nothing of which.
 */
export function toldByKind(text: string, entities: readonly Entity[]): Entity | undefined {
  if (entities.length < 2) return undefined;
  const endings = commonEndings(entities.map((e) => String(e.names[0] ?? '')));
  if (!endings.length) return undefined;
  const part = text.split(/[，,。；;！!？?]/).find((p) => endings.some((ending) => p.includes(ending)));
  return part ? byDifference(entities, part) : undefined;
}

/**
 * "the river-view room" of rooms named only in Chinese (大床房, 江景大床房, 套房): the Chinese of the
 * kind said (`kind`, 「房间 房型」) holds the ending every name shares (房), and the Chinese of the
 * words that tell things apart (`telling`, 「江 景」) picks the one whose name alone holds them.
 */
export function toldByKindWords(kind: string, telling: string, entities: readonly Entity[]): Entity | undefined {
  if (!telling || entities.length < 2) return undefined;
  const endings = commonEndings(entities.map((e) => String(e.names[0] ?? '')));
  return endings.some((ending) => kind.includes(ending)) ? byDifference(entities, telling) : undefined;
}

/**
 * 「帮我拿3包口罩」 of 医用外科口罩 and KN95防护口罩: the things whose names end in the kind the text
 * says (two Han characters or more), where several do — the longest such ending. Empty where
 * fewer than two do.
 */
export function endingSaid(text: string, entities: readonly Entity[]): Entity[] {
  let best: Entity[] = [];
  let length = 0;
  for (let n = 2; n <= 4; n++) {
    const tails = new Set(entities.map((e) => String(e.names[0] ?? '').slice(-n)).filter((tail) => /^\p{Script=Han}+$/u.test(tail) && tail.length === n && text.includes(tail)));
    for (const tail of tails) {
      const ending = entities.filter((e) => String(e.names[0] ?? '').endsWith(tail));
      if (ending.length >= 2 && n > length) [best, length] = [ending, n];
    }
  }
  return best;
}

/** 「要防护效果好一点的那种」, "the kind that…": the clauses that describe the kind wanted without naming it. */
export function kindDescribed(text: string): string {
  return text.split(/[，,。；;！!？?]/u).filter((part) => /(?:的)?那(?:种|款|类)(?:的)?\s*$|\bthe (?:kind|sort|type) (?:that|with|for)\b/i.test(part)).join(' ');
}

/** The Chinese endings every name shares (间 and 人间 of 双人间 and 四人间), shortest first. */
function commonEndings(names: string[]): string[] {
  const endings: string[] = [];
  for (let n = 1; names.every((name) => name.length > n); n++) {
    const tail = names[0]!.slice(-n);
    if (!/^\p{Script=Han}+$/u.test(tail) || !names.every((name) => name.endsWith(tail))) break;
    endings.push(tail);
  }
  return endings;
}
