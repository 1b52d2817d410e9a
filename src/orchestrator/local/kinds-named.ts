/** A kind and what it holds, as documents list them: 「小吃（煎饼、豆浆、油条）」. */
const LISTED = /(\p{Script=Han}{2,12})\s*[（(]([^（）()]{2,80})[）)]/gu;
/** Words that join a kind's name to what comes before it, no part of the name (「加购的小吃」 is 「小吃」). */
const JOINS = /^.*[的了和与及或在为把对可]/u;

/**
 * The kinds a text names a member of, as the mini-program's own words list them
 * (「可加购的小吃（煎饼、豆浆、油条）」: 「豆浆」 is a 「小吃」): so a question of one thing
 * (「豆浆能单买吗」) is read with the kind a rule is written of (「小吃只能随…」).
 */
export function kindsNamed(text: string, texts: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const kinds = new Set<string>();
  for (const source of texts) {
    for (const [, head, body] of source.matchAll(LISTED)) {
      const kind = head!.replace(JOINS, '').slice(-4);
      if (kind.length < 2) continue;
      const members = body!.split(/[、，,/；;]|\s+(?:or|and)\s+/).map((m) => m.replace(/^\s*(?:如|例如|e\.g\.)\s*/, '').trim().toLowerCase())
        .filter((m) => m.length >= 2 && !/^[\w.]*\d/.test(m));
      if (members.some((member) => lower.includes(member))) kinds.add(kind);
    }
  }
  return [...kinds];
}
