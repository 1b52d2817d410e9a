import type { Context } from 'hono';
import type { z } from 'zod';
import { AgentOsError } from '../../core/index.ts';

/** Parses a JSON body against a schema; a bad body is a 400 that names the field. */
export async function body<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new AgentOsError('BAD_REQUEST', 'the request body is not JSON', { fix: 'send Content-Type: application/json with a JSON object' });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AgentOsError('BAD_REQUEST', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`, { where: issue?.path.join('.') });
  }
  return parsed.data;
}
