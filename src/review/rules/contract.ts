import { bilingual } from '../../package/index.ts';
import { allApis, mcpFile, type LintRule } from '../lint-context.ts';
import type { RuleInfo } from '../types.ts';

/**
 * The contract run calls every API with its examples. `contract/example` reports an example
 * that failed; `contract/missing-example` warns (statically) about an API the run cannot check.
 */

export const exampleFailed: RuleInfo = {
  id: 'contract/example',
  severity: 'error',
  title: 'every example call succeeds and meets its expect (isError, structuredContent subset)',
  stage: 'contract',
};

export const outputSchemaMismatch: RuleInfo = {
  id: 'contract/output-schema',
  severity: 'warning',
  title: "an example's structuredContent matches the API's outputSchema",
  stage: 'contract',
  wechat: 'V009',
};

export const missingExample: LintRule = {
  id: 'contract/missing-example',
  severity: 'warning',
  title: 'every API has at least one example for the contract run',
  stage: 'lint',
  check(ctx) {
    for (const { skill, api, index } of allApis(ctx.pkg)) {
      if (api.examples.length > 0) continue;
      ctx.report(this, {
        file: mcpFile(skill),
        field: `apis[${index}]`,
        message: bilingual(`"${api.name}" has no example, so the contract run cannot check it.`, `"${api.name}" 没有示例调用，契约测试无法检查它。`),
        fix: bilingual(`add "examples": [{ "arguments": { … }, "expect": { "isError": false } }] to it, or a file ${skill.path}/tests/${api.name}.json.`, `请为它添加 "examples": [{ "arguments": { … }, "expect": { "isError": false } }]，或添加 ${skill.path}/tests/${api.name}.json。`),
      });
    }
  },
};

/**
 * Whether `actual` contains `expected`: objects by their expected keys, arrays element by
 * element for the expected elements (the actual array may be longer), anything else by equality.
 * Returns the path of the first difference, or undefined when it matches.
 */
export function subsetMismatch(expected: unknown, actual: unknown, path = 'structuredContent'): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path} should be an array`;
    if (actual.length < expected.length) return `${path} should have at least ${expected.length} elements, has ${actual.length}`;
    for (const [index, item] of expected.entries()) {
      const mismatch = subsetMismatch(item, actual[index], `${path}[${index}]`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return `${path} should be an object`;
    for (const [key, value] of Object.entries(expected)) {
      const mismatch = subsetMismatch(value, (actual as Record<string, unknown>)[key], `${path}.${key}`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  return Object.is(expected, actual) ? undefined : `${path} should be ${JSON.stringify(expected)}, is ${JSON.stringify(actual) ?? 'missing'}`;
}

export const contractRules = [exampleFailed, outputSchemaMismatch, missingExample];
