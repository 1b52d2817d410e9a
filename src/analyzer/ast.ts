import { parse } from '@babel/parser';

/** An ESTree-like node as @babel/parser returns it, read loosely (real code is full of surprises). */
export interface Node {
  type: string;
  [key: string]: unknown;
}

/** Parses JS or TypeScript, recovering from errors; `undefined` (with the reason) when nothing usable came out. */
export function parseJs(source: string, file: string): { ok: true; program: Node; errors: string[] } | { ok: false; error: string } {
  const typescript = /\.ts$/.test(file);
  const attempts: ('typescript' | 'jsx')[][] = typescript ? [['typescript']] : [[], ['typescript'], ['jsx']];
  let last = '';
  for (const plugins of attempts) {
    try {
      const ast = parse(source, { sourceType: 'unambiguous', errorRecovery: true, attachComment: false, allowReturnOutsideFunction: true, plugins });
      const errors = ((ast as unknown as { errors?: { message: string }[] }).errors ?? []).map((e) => e.message);
      return { ok: true, program: ast.program as unknown as Node, errors };
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
  }
  return { ok: false, error: last };
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Keys of a node that never hold child nodes (positions, comments, parser extras). */
const NOT_CHILDREN = new Set(['type', 'loc', 'start', 'end', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'range']);

/**
 * Visits every node below `root` (depth first); `visit` returning false skips a node's
 * children, returning 'stop' ends the walk. No allocation per node: analysis walks every file.
 */
export function walk(root: unknown, visit: (node: Node, parent: Node | undefined) => boolean | void | 'stop', parent?: Node, budget = { left: 200_000, stopped: false }): void {
  if (!isNode(root) || budget.stopped || budget.left-- <= 0) return;
  const verdict = visit(root, parent);
  if (verdict === 'stop') budget.stopped = true;
  if (verdict === false || verdict === 'stop') return;
  for (const key in root) {
    if (NOT_CHILDREN.has(key)) continue;
    const value = root[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit, root, budget);
    } else if (isNode(value)) walk(value, visit, root, budget);
    if (budget.stopped) return;
  }
}

export function child(node: Node | undefined, key: string): Node | undefined {
  const value = node?.[key];
  return isNode(value) ? value : undefined;
}

export function children(node: Node | undefined, key: string): Node[] {
  const value = node?.[key];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

/** A property key as text (`foo`, `'foo'`), or undefined when computed. */
export function keyName(property: Node): string | undefined {
  const key = child(property, 'key');
  if (!key || property.computed === true) return key && key.type === 'StringLiteral' ? String(key.value) : undefined;
  if (key.type === 'Identifier') return String(key.name);
  if (key.type === 'StringLiteral' || key.type === 'NumericLiteral') return String(key.value);
  return undefined;
}

/** `a.b.c` as ['a', 'b', 'c'] (`this` as 'this'); undefined when any part is computed from a non-literal. */
export function memberPath(node: Node | undefined): string[] | undefined {
  if (!node) return undefined;
  if (node.type === 'Identifier') return [String(node.name)];
  if (node.type === 'ThisExpression') return ['this'];
  if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    const object = memberPath(child(node, 'object'));
    const property = child(node, 'property');
    if (!object || !property) return undefined;
    if (node.computed !== true && property.type === 'Identifier') return [...object, String(property.name)];
    if (property.type === 'StringLiteral') return [...object, String(property.value)];
    return undefined;
  }
  if (node.type === 'TSNonNullExpression' || node.type === 'TSAsExpression' || node.type === 'ParenthesizedExpression') return memberPath(child(node, 'expression'));
  // `(0, helpers.get)(…)`: how compilers call an imported function.
  if (node.type === 'SequenceExpression') {
    const parts = children(node, 'expressions');
    return memberPath(parts[parts.length - 1]);
  }
  return undefined;
}

/** The function a property or declaration holds (method, arrow, function expression). */
export function functionOf(node: Node | undefined): Node | undefined {
  if (!node) return undefined;
  if (node.type === 'ObjectMethod' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration') return node;
  if (node.type === 'ObjectProperty') return functionOf(child(node, 'value'));
  return undefined;
}

/** A string a literal or template literal spells (`${…}` parts as `\u0000` + their expression's index). */
export function literalText(node: Node | undefined): { text: string; parts: Node[] } | undefined {
  if (!node) return undefined;
  if (node.type === 'StringLiteral') return { text: String(node.value), parts: [] };
  if (node.type === 'TemplateLiteral') {
    const quasis = children(node, 'quasis');
    const expressions = children(node, 'expressions');
    let text = '';
    quasis.forEach((q, i) => {
      text += String((q.value as { cooked?: string; raw?: string })?.cooked ?? (q.value as { raw?: string })?.raw ?? '');
      if (i < expressions.length) text += `\u0000${i}\u0000`;
    });
    return { text, parts: expressions };
  }
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const left = literalText(child(node, 'left'));
    const rightNode = child(node, 'right');
    const right = literalText(rightNode);
    if (left && right) return { text: left.text + shift(right.text, left.parts.length), parts: [...left.parts, ...right.parts] };
    if (left && rightNode) return { text: `${left.text}\u0000${left.parts.length}\u0000`, parts: [...left.parts, rightNode] };
  }
  return undefined;
}

function shift(text: string, by: number): string {
  return text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => `\u0000${Number(i) + by}\u0000`);
}
