import { compileMustache, evaluateCompiled } from './expression/mustache.ts';
import { rootScope } from './expression/scope.ts';

/**
 * Evaluates one WXML value (`"{{ price.toFixed(2) }}"`, `"item-{{id}}"`) against data with the
 * renderer's own interpreter: exactly one `{{x}}` keeps its type; unknown names give undefined.
 */
export function evaluateExpression(value: string, data: Record<string, unknown>): unknown {
  return evaluateCompiled(compileMustache(value), rootScope(data));
}
