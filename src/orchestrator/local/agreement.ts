import type { Tool } from '../../catalog/index.ts';

/** A description of a flag the user's own yes sets: 「用户同意…时传 true」, "true once the user accepts the fee". */
const AGREEMENT = /同意|接受|愿意|确认要|agree|accept|consent|acknowledg/i;
/** A result that puts a question to the user: 「是否仍要取消」「…吗？」, "do you still want…?". */
const ASKS_USER = /是否|吗[？?]|[？?]\s*$|\?/;

/**
 * The boolean parameter a result asks the user to agree to before the API goes on (a fee on a
 * late cancellation): optional, not yet passed, described as the user's agreement, and named or
 * asked about by the result. The user's yes sets it and the API is called again; a no leaves it.
 */
export function agreementParam(tool: Tool, args: Record<string, unknown>, content: string): string | undefined {
  const required = new Set(tool.inputSchema.required ?? []);
  for (const [name, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
    if (schema.type !== 'boolean' || required.has(name) || args[name] !== undefined) continue;
    if (!AGREEMENT.test(`${name} ${schema.description ?? ''}`)) continue;
    if (content.includes(name) || ASKS_USER.test(content)) return name;
  }
  return undefined;
}
