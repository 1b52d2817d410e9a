import type { Expression } from './ast.ts';
import { evaluate } from './evaluate.ts';
import { parseExpression } from './parse-expression.ts';
import { toText } from './safe-value.ts';
import type { Scope } from './scope.ts';
import { ExpressionSyntaxError } from './tokenize.ts';
import { scanOutsideQuotes } from '../scan.ts';

/** One piece of a text or attribute value: literal text, or the source of a `{{ }}` expression. */
export type MustachePart = { text: string } | { expression: string; at: number };

/** A text or attribute value compiled once: constant, exactly one `{{x}}` (keeps its type), or a concatenation. */
export type Compiled =
  | { kind: 'constant'; value: string }
  | { kind: 'single'; expression: Expression }
  | { kind: 'concat'; parts: (string | Expression)[] }
  | { kind: 'invalid'; error: ExpressionSyntaxError; source: string };

/**
 * Splits `a {{ b }} c` into parts. The closing `}}` is found outside strings and nested
 * braces, so `{{ {a: {b: 1}} }}` works; an unclosed `{{` stays literal text.
 */
export function splitMustache(value: string): MustachePart[] {
  const parts: MustachePart[] = [];
  let cursor = 0;
  while (cursor < value.length) {
    const open = value.indexOf('{{', cursor);
    if (open < 0) break;
    const close = findClose(value, open + 2);
    if (close < 0) break;
    if (open > cursor) parts.push({ text: value.slice(cursor, open) });
    parts.push({ expression: value.slice(open + 2, close), at: open });
    cursor = close + 2;
  }
  if (cursor < value.length) parts.push({ text: value.slice(cursor) });
  return parts;
}

function findClose(value: string, start: number): number {
  let depth = 0;
  return scanOutsideQuotes(value, start, (c, i) => {
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0 && value[i + 1] === '}') return true;
      depth = Math.max(0, depth - 1);
    }
    return false;
  });
}

const MAX_CACHE = 20_000;
const cache = new Map<string, Compiled>();
const objectCache = new Map<string, Compiled>();

/** Compiles a value once per distinct string (cached), reporting the first bad expression as `invalid`. */
export function compileMustache(value: string, objectBody = false): Compiled {
  const store = objectBody ? objectCache : cache;
  const hit = store.get(value);
  if (hit) return hit;
  const compiled = doCompile(value, objectBody);
  if (store.size >= MAX_CACHE) store.clear();
  store.set(value, compiled);
  return compiled;
}

function doCompile(value: string, objectBody: boolean): Compiled {
  const parts = splitMustache(value);
  try {
    const only = parts[0];
    if (parts.length === 1 && only && 'expression' in only) {
      return { kind: 'single', expression: parseTemplateData(only.expression, objectBody) };
    }
    if (!parts.some((part) => 'expression' in part)) return { kind: 'constant', value };
    return { kind: 'concat', parts: parts.map((part) => ('expression' in part ? parseExpression(part.expression) : part.text)) };
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    return { kind: 'invalid', error, source: value };
  }
}

// `data="{{ item }}"` on a template is the object `{ item }`; fall back to a plain expression.
function parseTemplateData(source: string, objectBody: boolean): Expression {
  if (!objectBody) return parseExpression(source);
  try {
    return parseExpression(source, true);
  } catch {
    return parseExpression(source);
  }
}

/** Evaluates a compiled value: `single` keeps the expression's type, the rest become text. */
export function evaluateCompiled(compiled: Compiled, scope: Scope): unknown {
  switch (compiled.kind) {
    case 'constant':
      return compiled.value;
    case 'single':
      return evaluate(compiled.expression, scope);
    case 'concat':
      return compiled.parts.map((part) => (typeof part === 'string' ? part : toText(evaluate(part, scope)))).join('');
    case 'invalid':
      return undefined;
  }
}
