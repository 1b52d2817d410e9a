import { amountsSaid, holds, rangeOfField, rangesIn, type Entity, type SizeRange } from '../understand/index.ts';

/** Words that mark the ordinary one of a kind (「日常」, 「标准」, "regular"): what a request that qualifies nothing means. */
const ORDINARY = /日常|普通|常规|标准|基础|\b(?:regular|standard|basic|ordinary|normal|plain)\b/i;

/** The size ranges a thing states, in its names, its descriptions, or fields named for them (`maxArea`). */
function rangesOf(entity: Entity): SizeRange[] {
  const fields = Object.entries(entity.fields ?? {});
  return [
    ...entity.names.flatMap(rangesIn),
    ...fields.flatMap(([, v]) => (v.length <= 200 ? rangesIn(v) : [])),
    ...fields.flatMap(([k, v]) => rangeOfField(k, v) ?? []),
  ];
}

/**
 * The things a request picks by a size it says that their stated ranges hold (「五十平左右」 of
 * services for 「60㎡以内」 and 「60～90㎡」). Of several kinds that fit, the ordinary one where the
 * request qualifies none. Empty where no size is said, fewer than two state ranges, or none holds it.
 */
export function entitiesBySize(text: string, entities: readonly Entity[]): Entity[] {
  const amounts = amountsSaid(text);
  if (!amounts.length) return [];
  let kept = [...entities];
  for (const amount of amounts) {
    const stating = kept.map((e) => ({ e, ranges: rangesOf(e).filter((r) => r.measure === amount.measure) })).filter((s) => s.ranges.length);
    if (stating.length < 2) continue;
    const fitting = stating.filter((s) => s.ranges.some((r) => holds(r, amount))).map((s) => s.e);
    if (fitting.length) kept = fitting;
  }
  // 「深度保洁，一百平」: the kind said (a run of its name) before the ordinary one
  // ("deep clean, about 80 sqm": an English word of four letters or more of its English name)
  const lower = text.toLowerCase();
  const pieces = (name: string) => [...(name.match(/\p{Script=Han}{2,}/gu) ?? []), ...(name.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? [])];
  const inText = (piece: string) => (/\p{Script=Han}/u.test(piece) ? text.includes(piece) : new RegExp(`\\b${piece}`).test(lower));
  const said = kept.filter((e) => e.names.some((name) => pieces(String(name)).some((piece) => inText(piece) && !kept.every((o) => o.names.some((n) => String(n).toLowerCase().includes(piece))))));
  if (said.length === 1) return said;
  if (kept.length === entities.length) return [];
  const ordinary = kept.filter((e) => e.names.some((name) => ORDINARY.test(name)));
  return ordinary.length && ordinary.length < kept.length ? ordinary : kept;
}

/** Whether a thing states a size range it is for (in its names, descriptions or fields). */
export function statesSize(entity: Entity): boolean {
  return rangesOf(entity).length > 0;
}
