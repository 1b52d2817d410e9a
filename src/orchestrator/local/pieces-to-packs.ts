import { detectLanguage, extractQuantities, type Entity } from '../understand/index.ts';

/** What a pack holds, as a list writes it: 「10只/包」, 「0.3g×20粒/盒」, "10 pcs/pack". */
const PER_PACK = /(\d+)\s*(只|片|粒|支|袋|颗|贴|枚|pcs|pieces|tablets|capsules)\s*[/／每]\s*(包|盒|袋|瓶|板|pack|box|bag|bottle)/iu;
/** Measure words of a single piece (「30只」「30个」「20片」, "30 pieces"). */
const PIECE = /^(?:只|个|片|粒|颗|贴|枚|pcs|pieces?|tablets?|capsules?)$/iu;
/** Measure words of a pack (「两包」「三盒」, "2 packs"): a count already of what is sold. */
const PACK = /^(?:包|盒|袋|瓶|板|罐|pack|packs|box|boxes|bag|bags|bottle|bottles|packet|packets)$/iu;

/** How many pieces one pack of the thing holds, and the words of each, where its name or fields say it (none below two). */
export function piecesPerPack(entity: Entity): { count: number; piece: string; pack: string } | undefined {
  for (const text of [...entity.names, ...Object.values(entity.fields ?? {})]) {
    const m = typeof text === 'string' ? PER_PACK.exec(text) : null;
    if (m && Number(m[1]) > 1) return { count: Number(m[1]), piece: m[2]!, pack: m[3]! };
  }
  return undefined;
}

/**
 * The packs to order where the words count pieces of a thing sold in packs: 「茶包要50袋」, "40
 * tea bags", "tea bags for 45 people, one apiece" of bags sold twenty to a box are 3 boxes (rounded up). A count
 * of packs (「两包」, "2 packs") stays as it is; a count of pieces smaller than a pack, said without a
 * piece word (「来两个口罩」), is left to the count read. Undefined where nothing changes.
 */
export function packsFor(entity: Entity, text: string, count: unknown, perPerson: boolean): number | undefined {
  const held = piecesPerPack(entity);
  if (!held || typeof count !== 'number' || count < 1) return undefined;
  // (the list's own words first: 「袋」 of tea bags twenty to a box is a piece, of masks in bags a pack)
  const isPiece = (unit: string) => unit === held.piece || (unit !== held.pack && PIECE.test(unit));
  const isPack = (unit: string) => unit === held.pack || (unit !== held.piece && PACK.test(unit));
  const quantities = extractQuantities(text);
  if (quantities.some((q) => q.unit !== undefined && isPack(q.unit))) return undefined;
  const pieces = quantities.some((q) => q.value === count && q.unit !== undefined && isPiece(q.unit) && (q.unit !== '个' || count >= held.count))
    // (a bare count of the thing in English, "40 tea bags", at least a pack's worth; so too one each for many people)
    || (count >= held.count && (perPerson || (detectLanguage(text) === 'en' && quantities.some((q) => q.value === count && q.unit === undefined))));
  return pieces ? Math.ceil(count / held.count) : undefined;
}
