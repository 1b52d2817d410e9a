import type { Tool } from '../../catalog/index.ts';
import { matchEntities, type Entity } from '../understand/index.ts';
import { idParams } from './id-sources.ts';

/** Pointing at the thing just tried (「这趟」「那家」, "this one", "the same train"), not at another. */
const SAME = /[这那同]一?[趟班个家场节位款张间套](?!些|边)|同一[趟班个家场节位]|\b(?:this|that|the same) (?:one|train|flight|show|showing|session|slot|doctor|store|shop|room|class|table)\b/i;
const OTHER = /另一|别的|其他|换一[趟班个家场节位款张间]|\b(?:another|other|different)\b/i;

/**
 * What an amendment after a failure keeps of the call that failed (「二等座卖完了」 → 「那就这趟的一等座吧」):
 * where it points at the same thing, the IDs that named the thing; everything else is read afresh
 * with the amendment first. Nothing where it points at no thing, or at another one.
 */
export function keptOnAmend(text: string, args: Record<string, unknown>, tool: Tool, siblings: Tool[], listed: readonly Entity[] = []): Record<string, unknown> {
  if (!SAME.test(text) || OTHER.test(text)) return {};
  const ids = new Set(idParams(tool, siblings).map((p) => p.name));
  const kept = Object.fromEntries(Object.entries(args).filter(([key, value]) => ids.has(key) && typeof value === 'string'));
  // 「那就那家湖滨店吧」: a thing named by name that is not the one tried is another one
  const values = new Set(Object.values(kept));
  return matchEntities(text, listed).some((hit) => !values.has(hit.entity.id)) ? {} : kept;
}
