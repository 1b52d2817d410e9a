import type { Context } from 'hono';
import type { z } from 'zod';
import { AgentOsError } from '../../core/index.ts';

/** C0 controls (but tab, line feed, carriage return) and DEL: never part of a person's text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MAX_DEPTH = 32;

function fieldName(path: (string | number)[]): string {
  return path.length ? path.map(String).join('.') : 'body';
}

/**
 * Refuses control characters anywhere in a value (keys too) with a 400 naming the field, and
 * nesting deeper than any request needs. Iterative, so no input can exhaust the stack.
 */
export function rejectControlCharacters(value: unknown, root: (string | number)[] = []): void {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: root }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (CONTROL.test(current)) throw controlError(path);
    } else if (current && typeof current === 'object') {
      if (path.length - root.length >= MAX_DEPTH) {
        throw new AgentOsError('BAD_REQUEST', `${fieldName(path)}：嵌套过深 / ${fieldName(path)} is nested deeper than ${MAX_DEPTH} levels`, { where: fieldName(path) });
      }
      for (const [key, child] of Object.entries(current)) {
        if (CONTROL.test(key)) throw controlError([...path, key]);
        stack.push({ value: child, path: [...path, Array.isArray(current) ? Number(key) : key] });
      }
    }
  }
}

function controlError(path: (string | number)[]): AgentOsError {
  const field = fieldName(path).replace(CONTROL, '\\u00..');
  return new AgentOsError('BAD_REQUEST', `${field} 含有控制字符（如 NUL）/ ${field} contains a control character (such as NUL)`, { where: field, fix: 'remove control characters from the text' });
}

/** Reads the JSON body and validates it: not JSON, a control character or a bad field is a 400 naming the field. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const raw = await c.req.text();
  let value: unknown = {};
  if (raw.trim()) {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new AgentOsError('BAD_REQUEST', '请求体不是 JSON / the request body is not JSON', { fix: 'send Content-Type: application/json with a JSON object' });
    }
  }
  return checked(value, schema, 'body');
}

/** Validates an already parsed value (query, params) the same way as a body. */
export function checked<S extends z.ZodType>(value: unknown, schema: S, where: 'body' | 'query'): z.infer<S> {
  rejectControlCharacters(value);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.map(String).join('.') : where;
    throw new AgentOsError('BAD_REQUEST', `${field}：无效 / ${field}: ${issue?.message ?? 'invalid'}`, { where: field, issues: parsed.error.issues.slice(0, 5).map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) });
  }
  return parsed.data;
}
