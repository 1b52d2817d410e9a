import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { extractDateTime, type DateTimeReference } from '../understand/index.ts';
import { latestCall } from './latest-results.ts';
import type { Ask } from './memo.ts';

/** The parameters of an API that take a day (`date`, `day`, a `format: date`, a description of `YYYY-MM-DD`). */
export function dayParams(tool: Tool): string[] {
  return Object.entries(tool.inputSchema.properties ?? {})
    .filter(([name, schema]) => (schema.type === undefined || schema.type === 'string') && !schema.enum
      && (/(?:^|[a-z_])(?:date|day)$|^(?:date|day)/i.test(name) || schema.format === 'date' || /YYYY-MM-DD|日期/.test(schema.description ?? '')))
    .map(([name]) => name);
}

/** Whether a list was read with no day, by an API that takes one: a day said since asks it read again for that day. */
export function readForNoDay(source: Tool, asked: Record<string, unknown> | undefined): boolean {
  const days = dayParams(source);
  return days.length > 0 && !days.some((name) => asked?.[name] !== undefined);
}

/**
 * Whether an answer to a choice among listed things says a day the list was read for none of, by an
 * API that takes one (「周日的」 after every day's showings were listed, only the first thirty shown):
 * the list is read again for that day, rather than the choice made among what was shown.
 */
export function answerNamesUnreadDay(answer: string, ask: Ask, transcript: readonly Transcript[], tool: (id: string) => Tool | undefined, ref: DateTimeReference): boolean {
  if (ask.kind !== 'entity' || !ask.candidates?.length || !extractDateTime(answer, ref).date) return false;
  // (the list read last that holds the first of them)
  const first = JSON.stringify(ask.candidates[0]!.id);
  const read = transcript.findLast((t) => t.role === 'tool-result' && !t.isError && JSON.stringify(t.structuredContent ?? {}).includes(first));
  const source = read?.role === 'tool-result' ? tool(read.toolId) : undefined;
  return !!source && readForNoDay(source, latestCall(transcript, source.id));
}
