import type { Entity, EntityMatch } from '../understand/index.ts';

/**
 * 「能保温的那种双层的」: a thing described by pieces of its name said apart (保温, 双层 of
 * 「不锈钢保温杯 真空双层」) rather than by a run of it. The one whose name holds two or more
 * of the text's two-character pieces, apart from each other, and more than any other's; else none.
 */
export function describedThing(text: string, entities: readonly Entity[]): EntityMatch | undefined {
  const scored = entities.map((entity) => ({ entity, ...piecesIn(text, entity.names.filter((n) => typeof n === 'string').join(' ')) }));
  const best = Math.max(0, ...scored.map((s) => s.count));
  const top = scored.filter((s) => s.count === best);
  if (best < 2 || top.length !== 1) return undefined;
  const { entity, span } = top[0]!;
  return { entity, score: 0.5, span };
}

/** How many two-character pieces of the text, none overlapping another, the name holds, and the stretch they span. */
function piecesIn(text: string, name: string): { count: number; span: [number, number] } {
  const found = hanPiecesIn(text, name);
  const first = found[0];
  const last = found[found.length - 1];
  return { count: found.length, span: [first?.at ?? 0, last ? last.at + 2 : 0] };
}

/** The two-character Chinese pieces of `text`, none overlapping another, that `within` holds, each with where it starts. */
export function hanPiecesIn(text: string, within: string): { piece: string; at: number }[] {
  const out: { piece: string; at: number }[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const piece = text.slice(i, i + 2);
    if (!/^\p{Script=Han}{2}$/u.test(piece) || !within.includes(piece)) continue;
    out.push({ piece, at: i });
    i++; // the next piece starts after this one
  }
  return out;
}

/** 「一个量体温的」「额头测温的那种枪」: a thing said by what it does, a phrase ending in 的 before a break, 和 or 那种. */
const DOES = /([\p{Script=Han}]{2,6}?)的(?=[和跟、，,。！!？?；;\s]|$|那种|那个|那款)/gu;
const COUNTED_LEAD = /^(?:[一二两三四五六七八九十几\d]+)?[个支盒瓶包袋只把台件]?/u;

/**
 * Things said by what they do rather than by a name (「买一个量体温的和一盒退烧药」: 体温 of 体温计):
 * each 「…的」 phrase one two-character piece of which is in the names of exactly one listed thing,
 * and no other piece of it in another's — a piece every name shares, or none holds, tells nothing.
 */
export function describedByWhatItDoes(text: string, entities: readonly Entity[]): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (const found of text.matchAll(DOES)) {
    const phrase = found[1]!.replace(COUNTED_LEAD, '');
    if (phrase.length < 2) continue;
    const holders = entities.filter((entity) => hanPiecesIn(phrase, entity.names.filter((n) => typeof n === 'string').join(' ')).length > 0);
    if (holders.length !== 1) continue;
    const tail = found.index + found[0].length;
    // 「额头测温的那种枪」: the word after 那种 is the thing's kind, said with it
    const kind = /^(?:那种|那个|那款)(\p{Script=Han})/u.exec(text.slice(tail));
    if (kind && !holders[0]!.names.some((name) => typeof name === 'string' && name.includes(kind[1]!))) continue;
    out.push({ entity: holders[0]!, score: 0.5, span: [found.index, tail] });
  }
  return out;
}
