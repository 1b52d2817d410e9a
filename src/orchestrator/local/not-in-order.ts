import { appOfTool } from '../../catalog/index.ts';
import { matchEntities, type Entity } from '../understand/index.ts';
import type { Transcript } from '../planner.ts';
import { listedBy } from './instead.ts';
import type { Goal } from './memo.ts';
import { asksToUndo } from './request-words.ts';

/**
 * An undo that names only things the order just made does not hold (「那X不要了，Y照送」 after X was
 * left out of the order, "drop the X" of an order without one): there is nothing of that order to
 * undo, and undoing it would refund what the user keeps. Gives the things named, or undefined where
 * the undo names none of the listed things, or one the order holds (then it is the order's undo).
 */
export function namedNotInOrder(text: string, made: Goal | undefined, transcript: readonly Transcript[]): Entity[] | undefined {
  if (!made || made.status !== 'done') return undefined;
  const result = [...transcript].reverse().find((t) => t.role === 'tool-result' && t.toolId === made.toolId && !t.isError);
  if (result?.role !== 'tool-result') return undefined;
  const lists = listedBy(appOfTool(made.toolId), transcript);
  const undoing = text.split(/[，,；;。！!？?]/).filter(asksToUndo);
  const byClause = undoing.map((clause) => lists.flatMap((listed) => matchEntities(clause, listed).map((m) => m.entity)));
  // 「取消那个订单，X不要了」: an undo that names nothing is of the order itself
  if (!byClause.length || byClause.some((named) => !named.length)) return undefined;
  const named = byClause.flat();
  const held = `${JSON.stringify(made.args)}\n${result.content}\n${JSON.stringify(result.structuredContent ?? {})}`;
  const inOrder = (entity: Entity) => held.includes(JSON.stringify(entity.id)) || entity.names.some((name) => name.length > 1 && held.includes(name));
  if (named.some(inOrder)) return undefined;
  return [...new Map(named.map((e) => [e.id, e])).values()];
}

/** What the user hears: the things named were never in the order, which stands as it is. */
export function notInOrderNotice(named: readonly Entity[], lang: 'zh' | 'en'): string {
  const names = named.map((e) => e.names[0] ?? e.id);
  return lang === 'en'
    ? `${names.join(', ')} ${names.length > 1 ? 'were' : 'was'} not in your order, so there is nothing to take out: the order stands as it is.`
    : `${names.map((n) => `「${n}」`).join('、')}不在您的订单里，无需取消；订单保持不变。`;
}
