import { parse } from 'yaml';
import { isRecord } from './load-context.ts';

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string }
  | { ok: false; message: string; line: number };

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits optional YAML front matter (`---` … `---` at the very top) from a Markdown body. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const match = FENCE.exec(text);
  if (!match) return { ok: true, data: {}, body: text };
  const yamlText = match[1] ?? '';
  try {
    const data: unknown = yamlText.trim() === '' ? {} : parse(yamlText);
    if (data !== null && data !== undefined && !isRecord(data)) {
      return { ok: false, message: 'front matter must be a YAML mapping (key: value lines)', line: 2 };
    }
    return { ok: true, data: data ?? {}, body: text.slice(match[0].length) };
  } catch (error) {
    const linePos = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    return { ok: false, message, line: (linePos ?? 1) + 1 };
  }
}
