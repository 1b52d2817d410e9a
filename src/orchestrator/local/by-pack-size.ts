import { parseNumber, type Entity } from '../understand/index.ts';

/** How many pieces one pack holds, said in Chinese: 「10只装」「一包10只」「十片一盒」. */
const ZH_PACK = [
  /(?:[一每](?:包|盒|袋|瓶|板)(?:是|有)?\s*)?([\d]+|[一二两三四五六七八九十]+)\s*(只|片|粒|支|袋|颗|贴|枚)\s*(?:装|一(?:包|盒|袋|瓶|板))/u,
  /[一每](?:包|盒|袋|瓶|板)(?:是|有)?\s*([\d]+|[一二两三四五六七八九十]+)\s*(只|片|粒|支|袋|颗|贴|枚)(?:装)?/u,
];
/** …and in English: "a pack of 10", "the 10-pack", "10 per box", "10 count". */
const EN_PACK = /\b(?:pack|box|bottle|bag|packet) of (\d+)\b|\b(\d+)[- ](?:pack|count|ct)\b|\b(\d+) (?:per|a|in a|in each) (?:pack|box|bottle|bag|packet)\b/i;

/** The text without the words of a pack's size (「一盒20片装的那种，来3盒」 counts three boxes, not one). */
export function withoutPackSize(text: string): string {
  return [...ZH_PACK, EN_PACK].reduce((t, pattern) => t.replace(pattern, ' '), text);
}

/** The pieces a pack holds that a text asks for, with the Chinese measure said (none in English). */
export function packSizeSaid(text: string): { count: number; unit?: string } | undefined {
  for (const pattern of ZH_PACK) {
    const m = pattern.exec(text);
    const count = m ? (/^\d+$/.test(m[1]!) ? Number(m[1]) : parseNumber(m[1]!)) : undefined;
    if (m && count !== undefined && count > 1) return { count, unit: m[2] };
  }
  const en = EN_PACK.exec(text);
  const count = en ? Number(en[1] ?? en[2] ?? en[3]) : undefined;
  return count !== undefined && count > 1 ? { count } : undefined;
}

/**
 * 「创可贴要一盒20片装的那种」 of two bandages whose specs say 20片/盒 and 50片/盒: the one thing whose
 * name or fields hold the count of pieces said; none where no one, or more than one, does.
 */
export function byPackSize(alike: readonly Entity[], text: string): Entity | undefined {
  const said = alike.length > 1 ? packSizeSaid(text) : undefined;
  if (!said) return undefined;
  const piece = new RegExp(`(?<![\\d.])${said.count}\\s*(?:${said.unit ?? '只|片|粒|支|袋|颗|贴|枚|pcs|pieces|tablets|capsules|count'})`, 'iu');
  const fits = alike.filter((e) => [...e.names, ...Object.values(e.fields ?? {})].some((text) => piece.test(text)));
  return fits.length === 1 ? fits[0] : undefined;
}
