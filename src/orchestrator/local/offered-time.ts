import type { Tool } from '../../catalog/index.ts';
import { clockMinutes, pickSuperlative, timeWindow, type DateTimeReference } from '../understand/index.ts';
import { getPath, scalarParams } from './schema-paths.ts';

/**
 * A booking refused at the time tried, whose refusal offers other times ("fully booked at 19:00.
 * Still free that day: 18:00, 17:30, 20:30"), where the user said a window rather than a time ("the
 * earliest that's free from 7 pm on", 「七点以后随便哪个点」): the offered time their words pick —
 * the earliest or latest where they said so, else the nearest — to try instead. The user still
 * confirms the order, at that time, before anything is paid. Undefined where they said an exact
 * time, or nothing offered fits.
 */
export function offeredTime(content: string, args: Record<string, unknown>, tool: Tool, texts: readonly string[], ref: DateTimeReference): { path: string; value: string } | undefined {
  const param = scalarParams(tool.inputSchema).find((p) => {
    const value = getPath(args, p.path);
    return typeof value === 'string' && /^\d{1,2}:\d{2}$/.test(value) && content.includes(value);
  });
  if (!param) return undefined;
  const tried = getPath(args, param.path) as string;
  const window = texts.map((text) => timeWindow(text, ref)).find(Boolean);
  if (!window?.loose || window.ends) return undefined;
  const offered = [...new Set(content.match(/\b\d{1,2}:\d{2}\b/g) ?? [])].filter((t) => t !== tried);
  const fitting = offered.filter((t) => { const m = clockMinutes(t)!; return m >= window.from && m <= window.to; });
  if (!fitting.length) return undefined;
  const said = texts.join(' ');
  const picked = pickSuperlative(fitting.map((t) => ({ id: t, names: [t], fields: { time: t } })), said)?.id
    ?? [...fitting].sort((a, b) => Math.abs(clockMinutes(a)! - window.center) - Math.abs(clockMinutes(b)! - window.center))[0]!;
  return { path: param.path, value: picked };
}
