import { listActions, type UiAction } from './actions.ts';
import { renderLines } from './text-lines.ts';
import type { UiNode } from './types.ts';

/** What a rendered page says (Fact) and what can still be done on it (Action), for a planner to read. */
export interface PageSummary {
  facts: string[];
  actions: UiAction[];
  /** Both, as compact text with visible truncation. */
  text: string;
}

/** How much of a long page the summary shows (the rest is counted, never silently dropped). */
export interface DescribeOptions {
  maxFacts?: number;
  maxActions?: number;
}

/**
 * Summarises a rendered page: its texts in order (controls left out), then its actions —
 * buttons with labels and handler names, fields with their labels, placeholders and values.
 */
export function describeTree(nodes: UiNode[], options: DescribeOptions = {}): PageSummary {
  const facts = renderLines(nodes, { mode: 'facts', lang: 'zh', width: 120 });
  const actions = listActions(nodes);
  const maxFacts = options.maxFacts ?? 40;
  const maxActions = options.maxActions ?? 40;
  const lines = ['Fact (页面内容):', ...facts.slice(0, maxFacts).map((fact) => `- ${fact}`)];
  if (facts.length === 0) lines.push('- (nothing / 无)');
  if (facts.length > maxFacts) lines.push(`- … ${facts.length - maxFacts} more lines not shown (还有 ${facts.length - maxFacts} 行未显示)`);
  lines.push('Action (可执行操作):', ...actions.slice(0, maxActions).map(formatAction));
  if (actions.length === 0) lines.push('- (none / 无)');
  if (actions.length > maxActions) lines.push(`- … ${actions.length - maxActions} more actions not shown (还有 ${actions.length - maxActions} 项未显示)`);
  return { facts, actions, text: lines.join('\n') };
}

function formatAction(action: UiAction): string {
  const parts = [`- [${action.path}] ${action.kind} 「${action.label}」`];
  if (action.name) parts.push(`name=${action.name}`);
  if (action.placeholder && action.placeholder !== action.label) parts.push(`placeholder=「${action.placeholder}」`);
  if (action.value !== undefined && action.value !== '') parts.push(`value=${JSON.stringify(action.value)}`);
  if (action.options) parts.push(`options=${action.options.slice(0, 12).join(' | ')}${action.options.length > 12 ? ' | …' : ''}`);
  if (action.url) parts.push(`url=${action.url}`);
  if (action.selected) parts.push('(selected / 已选)');
  if (action.handler) parts.push(`→ ${action.handler}${action.owner ? ` (component ${action.owner})` : ''}`);
  return parts.join(' ');
}
