import { appOfTool, type Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import type { Entity } from '../understand/index.ts';
import { listedBy } from './instead.ts';
import type { LocalMemo } from './memo.ts';
import { readsOnly } from './tool-kinds.ts';

/** Fields that say where a listed thing is: a store, a cinema, a club. */
const WHERE = /^(?:address|city|district|location|area|region|地址|城市|区域)$/i;

/**
 * The argument of a failed search that narrowed it to one place (a store, a cinema: a listed
 * thing that says where it is), not one the search needs: without it, the same search tells
 * where the thing asked for is to be had.
 */
export function placeArgument(args: Record<string, unknown>, tool: Tool, lists: readonly (readonly Entity[])[]): { key: string; name: string } | undefined {
  const required = new Set(tool.inputSchema.required ?? []);
  for (const [key, value] of Object.entries(args)) {
    if (required.has(key) || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const place = lists.flat().find((e) => e.id === String(value) && Object.keys(e.fields ?? {}).some((k) => WHERE.test(k)));
    if (place) return { key, name: place.names[0] ?? place.id };
  }
  return undefined;
}

/**
 * A search for what a goal needs failed at the place the request named (「河东店…栗子蛋糕」: none
 * there): the same search without the place, so the user hears where it is before being
 * asked what now. The search is called once; its result is said after the failure.
 */
export function searchElsewhere(memo: LocalMemo, transcript: readonly Transcript[], toolOf: (id: string) => Tool | undefined): { toolId: string; arguments: Record<string, unknown> } | undefined {
  for (const goal of memo.goals) {
    const failed = goal.elsewhere;
    if (!failed || failed.place !== undefined) continue;
    const tool = toolOf(failed.toolId);
    const place = tool && readsOnly(tool) ? placeArgument(failed.arguments, tool, listedBy(appOfTool(tool.id), transcript)) : undefined;
    if (!place) {
      goal.elsewhere = undefined;
      continue;
    }
    goal.elsewhere = { ...failed, place: place.name };
    const { [place.key]: _place, ...rest } = failed.arguments;
    return { toolId: failed.toolId, arguments: rest };
  }
  return undefined;
}

/** What the search without the place found, said after the failure at the place; nothing where it found nothing. */
export function foundElsewhere(memo: LocalMemo, fresh: readonly Transcript[], fact: (content: string, toolId: string) => string, lang: 'zh' | 'en'): string | undefined {
  const goal = memo.goals.find((g) => g.elsewhere?.place !== undefined);
  const searched = goal?.elsewhere;
  if (!goal || !searched?.place) return undefined;
  const result = fresh.find((t): t is Extract<Transcript, { role: 'tool-result' }> => t.role === 'tool-result' && t.toolId === searched.toolId);
  if (!result) return undefined;
  goal.elsewhere = undefined;
  const told = result.isError ? '' : fact(result.content, result.toolId);
  if (!told) return undefined;
  return `${lang === 'en' ? `Not at ${searched.place}, but elsewhere:` : `${searched.place}没有，别处有：`}\n${told}`;
}
