import type { Tool } from '../../catalog/index.ts';
import type { JsonSchema } from '../../package/index.ts';
import { matchEnum } from '../understand/index.ts';
import { enumOptions } from './fill-value.ts';

/**
 * The user's usual with what the request says now in its place (「老样子，不过换成冰的」,
 * "the usual but large"): a remembered choice among listed options gives way to the one option
 * of it the words name; everything the words leave alone stays as remembered.
 */
export function usualAsSaid(usual: Record<string, unknown>, tool: Tool, text: string): Record<string, unknown> {
  const schemas = optionSchemas(tool.inputSchema);
  const changed = { ...usual };
  for (const key of Object.keys(usual)) {
    const options = schemas.get(key) && enumOptions(schemas.get(key)!);
    if (!options) continue;
    const codes = [...new Set(matchEnum(text, options).map((m) => m.code))];
    if (codes.length === 1) changed[key] = codes[0];
  }
  return changed;
}

/** The schemas of the parameters with listed options, by name, items of lists included. */
function optionSchemas(schema: JsonSchema, found = new Map<string, JsonSchema>()): Map<string, JsonSchema> {
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (child.enum && !found.has(key)) found.set(key, child);
    if (child.items) optionSchemas(child.items, found);
    if (child.properties) optionSchemas(child, found);
  }
  return found;
}
