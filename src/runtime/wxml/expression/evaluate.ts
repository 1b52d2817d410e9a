import type { Expression, Property, Spread } from './ast.ts';
import { callMethod } from './methods.ts';
import { lookup, type Scope } from './scope.ts';
import { getMember, isBlockedKey, isTruthy, readOwn, setOwn, toNumber, toPrimitive } from './safe-value.ts';

const MAX_LITERAL_ITEMS = 10_000;

/**
 * Evaluates a parsed expression against a scope with our own rules only: no host function is
 * ever called, no prototype is ever reached, and nothing throws (odd input gives undefined).
 */
export function evaluate(expression: Expression, scope: Scope): unknown {
  switch (expression.type) {
    case 'literal':
      return expression.value;
    case 'name':
      return lookup(scope, expression.name);
    case 'member':
      return getMember(evaluate(expression.object, scope), evaluate(expression.property, scope));
    case 'call': {
      if (expression.callee.type !== 'member') return undefined;
      const receiver = evaluate(expression.callee.object, scope);
      const name = evaluate(expression.callee.property, scope);
      return callMethod(receiver, name, expression.args.map((arg) => evaluate(arg, scope)));
    }
    case 'unary': {
      const value = evaluate(expression.argument, scope);
      if (expression.operator === '!') return !isTruthy(value);
      return expression.operator === '-' ? -toNumber(value) : toNumber(value);
    }
    case 'logical': {
      const left = evaluate(expression.left, scope);
      if (expression.operator === '&&') return isTruthy(left) ? evaluate(expression.right, scope) : left;
      if (expression.operator === '||') return isTruthy(left) ? left : evaluate(expression.right, scope);
      return left === null || left === undefined ? evaluate(expression.right, scope) : left;
    }
    case 'conditional':
      return isTruthy(evaluate(expression.test, scope)) ? evaluate(expression.consequent, scope) : evaluate(expression.alternate, scope);
    case 'binary':
      return binary(expression.operator, evaluate(expression.left, scope), evaluate(expression.right, scope));
    case 'array':
      return arrayLiteral(expression.items, scope);
    case 'object':
      return objectLiteral(expression.properties, scope);
  }
}

function binary(operator: string, leftValue: unknown, rightValue: unknown): unknown {
  if (operator === '===') return leftValue === rightValue;
  if (operator === '!==') return leftValue !== rightValue;
  if (operator === '==' || operator === '!=') {
    const equal = looseEqual(leftValue, rightValue);
    return operator === '==' ? equal : !equal;
  }
  // Only primitives reach the host's operators, so no user code can run.
  const left = toPrimitive(leftValue) as string | number;
  const right = toPrimitive(rightValue) as string | number;
  if (typeof left === 'symbol' || typeof right === 'symbol') return undefined;
  switch (operator) {
    case '+':
      return typeof left === 'string' || typeof right === 'string' ? String(left) + String(right) : Number(left) + Number(right);
    case '-':
      return toNumber(left) - toNumber(right);
    case '*':
      return toNumber(left) * toNumber(right);
    case '/':
      return toNumber(left) / toNumber(right);
    case '%':
      return toNumber(left) % toNumber(right);
    case '<':
      return left < right;
    case '>':
      return left > right;
    case '<=':
      return left <= right;
    case '>=':
      return left >= right;
    default:
      return undefined;
  }
}

function looseEqual(left: unknown, right: unknown): boolean {
  const leftIsObject = left !== null && typeof left === 'object';
  const rightIsObject = right !== null && typeof right === 'object';
  if (leftIsObject && rightIsObject) return left === right;
  // WXML keeps JavaScript's loose equality, on primitives only.
  return toPrimitive(left) == toPrimitive(right);
}

function arrayLiteral(items: (Expression | Spread)[], scope: Scope): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    if (item.type !== 'spread') {
      out.push(evaluate(item, scope));
      continue;
    }
    const value = evaluate(item.argument, scope);
    if (Array.isArray(value)) out.push(...value.slice(0, MAX_LITERAL_ITEMS));
    else if (typeof value === 'string') out.push(...Array.from(value).slice(0, MAX_LITERAL_ITEMS));
  }
  return out;
}

function objectLiteral(properties: (Property | Spread)[], scope: Scope): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of properties) {
    if (property.type === 'property') {
      if (!isBlockedKey(property.key)) setOwn(out, property.key, evaluate(property.value, scope));
      continue;
    }
    const value = evaluate(property.argument, scope);
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value).slice(0, MAX_LITERAL_ITEMS)) {
      if (!isBlockedKey(key)) setOwn(out, key, readOwn(value, key));
    }
  }
  return out;
}
