import { compileMustache, splitMustache } from './expression/mustache.ts';
import { parseExpression } from './expression/parse-expression.ts';
import type { WxmlNode, WxmlProblem } from './types.ts';

/**
 * The checks WeChat's compiler makes after the markup parses: every `{{ }}` is a valid
 * expression, and `wx:elif` / `wx:else` follow a `wx:if`. Returns the first problem.
 */
export function checkWxml(nodes: WxmlNode[], file: string | undefined): WxmlProblem | undefined {
  let previousIf = false;
  for (const node of nodes) {
    if (node.type === 'text') {
      previousIf = false;
      const problem = checkValue(node.text, false, file, node.line, JSON.stringify(node.text.trim()));
      if (problem) return problem;
      continue;
    }
    const hasIf = 'wx:if' in node.attrs;
    const chained = 'wx:elif' in node.attrs || 'wx:else' in node.attrs;
    if (chained && !hasIf && !previousIf) {
      const directive = 'wx:elif' in node.attrs ? 'wx:elif' : 'wx:else';
      return { message: `<${node.name} ${directive}> at line ${node.line} does not follow a wx:if or wx:elif sibling (${directive} 前面缺少 wx:if)`, file, line: node.line, fix: `put it right after the element with wx:if` };
    }
    previousIf = hasIf || ('wx:elif' in node.attrs);
    for (const [name, value] of Object.entries(node.attrs)) {
      const problem = checkValue(value, node.name === 'template' && name === 'data', file, node.line, `${name}="${value}"`);
      if (problem) return problem;
    }
    if (node.name === 'wxs') continue;
    const inner = checkWxml(node.children, file);
    if (inner) return inner;
  }
  return undefined;
}

function checkValue(value: string, objectBody: boolean, file: string | undefined, line: number, where: string): WxmlProblem | undefined {
  if (!value.includes('{{')) return undefined;
  const compiled = compileMustache(value, objectBody);
  if (compiled.kind === 'invalid') {
    const at = firstBadExpression(value);
    const exact = line + (value.slice(0, at).match(/\n/g)?.length ?? 0);
    const shown = where.length > 80 ? `${where.slice(0, 77)}...` : where;
    return { message: `invalid expression in ${shown} at line ${exact}: ${compiled.error.message} (表达式有误)`, file, line: exact, fix: 'WXML expressions allow names, a.b, a[0], literals, arithmetic, comparisons, && || ! and ?: ' };
  }
  const unclosed = splitMustache(value).some((part) => 'text' in part && part.text.includes('{{'));
  if (unclosed) return { message: `"{{" without a closing "}}" in ${where.slice(0, 80)} at line ${line} (缺少 }})`, file, line, fix: 'close the expression with }}' };
  return undefined;
}

function firstBadExpression(value: string): number {
  for (const part of splitMustache(value)) {
    if (!('expression' in part)) continue;
    try {
      parseExpression(part.expression);
    } catch {
      return part.at;
    }
  }
  return 0;
}
