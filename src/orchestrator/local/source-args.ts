import type { Tool } from '../../catalog/index.ts';

/** Whether a parameter is (in) a list the goal fills with several things (an order's items). */
export function forSeveral(tool: Tool, path: string): boolean {
  return tool.inputSchema.properties?.[path.split('.')[0] ?? '']?.type === 'array';
}

/**
 * A source's arguments for several things at once: a category or a keyword one of them says
 * would hide the others (「体温计，再带两包口罩」 is no search for masks only), so only what
 * is required and the IDs that say where (a store, whose stock it tells) stay.
 */
export function withoutNarrowing(args: Record<string, unknown>, tool: Tool): Record<string, unknown> {
  const required = new Set(tool.inputSchema.required ?? []);
  return Object.fromEntries(Object.entries(args).filter(([k]) => required.has(k) || /(?:Id|ID|_id)$/.test(k)));
}

/** A source's arguments without its optional filters (a search widened after an empty list). */
export function onlyRequired(args: Record<string, unknown>, tool: Tool): Record<string, unknown> {
  const required = new Set(tool.inputSchema.required ?? []);
  return Object.fromEntries(Object.entries(args).filter(([k]) => required.has(k)));
}
