import type { PackageFiles } from '../../package/index.ts';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map `mappings` segment (base64 VLQ) into its numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) return values;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Where a line of a compiled file came from, read from its source map (`x.js.map`, kept by the
 * compile step): the original file and 1-based line. Undefined when the file was not compiled.
 */
export function originalPosition(files: PackageFiles, file: string, line: number): { file: string; line: number } | undefined {
  const text = files[`${file}.map`];
  if (text === undefined) return undefined;
  let map: { sources?: string[]; mappings?: string };
  try {
    map = JSON.parse(text) as typeof map;
  } catch {
    return undefined;
  }
  const lines = (map.mappings ?? '').split(';');
  let source = 0;
  let sourceLine = 0;
  let found: { source: number; line: number } | undefined;
  for (let index = 0; index < lines.length && index < line; index++) {
    for (const segment of (lines[index] ?? '').split(',')) {
      const values = decodeSegment(segment);
      if (values.length < 4) continue;
      source += values[1] as number;
      sourceLine += values[2] as number;
      if (index === line - 1 && !found) found = { source, line: sourceLine };
    }
  }
  if (!found) return undefined;
  const name = map.sources?.[found.source];
  return { file: name ?? file, line: found.line + 1 };
}

/**
 * The place a sandbox error names (`… (at pages/a/a.js:12:5)`), in the package as written:
 * a compiled file's line is mapped back to its source.
 */
export function errorLocation(files: PackageFiles, error: string): { file: string; line: number } | undefined {
  const match = /\(at ([^()\s]+\.js):(\d+)(?::\d+)?\)/.exec(error);
  if (!match) return undefined;
  const file = match[1] as string;
  const line = Number(match[2]);
  return originalPosition(files, file, line) ?? { file, line };
}
