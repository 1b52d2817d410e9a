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
