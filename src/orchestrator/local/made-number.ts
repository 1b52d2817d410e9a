import type { Tool } from '../../catalog/index.ts';
import type { JsonSchema } from '../../package/index.ts';
import type { Transcript } from '../planner.ts';
import { patternBody } from './pattern-body.ts';
import { isChangeLike, isUndoLike } from './tool-kinds.ts';

/**
 * The number an undo or a change of what was just made needs (a waybill, a booking code), where
 * the user says none (「这个快递先别寄了，帮我取消掉」): the one value fitting the parameter's pattern
 * in the latest result of the same mini-program that has exactly one. Only for an API that undoes
 * or changes, and only from results, never made up.
 */
export function madeNumber(tool: Tool, schema: JsonSchema, transcript: readonly Transcript[]): string | undefined {
  const body = patternBody(schema);
  if (body === undefined || !(isUndoLike(tool) || isChangeLike(tool))) return undefined;
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${body})(?![A-Za-z0-9])`, 'g');
  for (const turn of [...transcript].reverse()) {
    if (turn.role !== 'tool-result' || turn.isError || turn.by === 'hub' || !turn.toolId.startsWith(`${tool.appId}.`)) continue;
    const found = [...new Set(turn.content.match(re) ?? [])];
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}
