import type { JsonSchema } from '../../package/index.ts';

/**
 * A parameter's `pattern` without its anchors (`^…$`), to find a value inside a sentence or a
 * result; undefined where the schema gives none or it is no regular expression this engine takes.
 */
export function patternBody(schema: JsonSchema): string | undefined {
  if (typeof schema.pattern !== 'string') return undefined;
  const body = schema.pattern.replace(/^\^/, '').replace(/\$$/, '');
  try {
    new RegExp(body);
  } catch {
    return undefined;
  }
  return body;
}
