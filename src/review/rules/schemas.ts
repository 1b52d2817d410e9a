import { linearPatternProblem } from '../../core/index.ts';
import { bilingual, type JsonSchema } from '../../package/index.ts';
import { allApis, mcpFile, type LintContext, type LintRule } from '../lint-context.ts';
import { compileSchema, schemaError } from '../schema.ts';

/**
 * inputSchema and outputSchema are valid JSON Schemas describing objects. Lint checks the
 * meta-schema and local `$ref`s (fast); the contract run also compiles them (`checkCompiles`).
 */

function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === 'object' || (schema.type === undefined && schema.properties !== undefined && schema.$ref === undefined);
}

export const schemaValid: LintRule = {
  id: 'skill/schema-valid',
  severity: 'error',
  title: 'inputSchema and outputSchema are valid JSON Schemas of type object',
  stage: 'lint',
  check(ctx) {
    for (const { skill, api, index } of allApis(ctx.pkg)) {
      const file = mcpFile(skill);
      for (const key of ['inputSchema', 'outputSchema'] as const) {
        const schema = api[key];
        if (schema === undefined) continue;
        const field = `apis[${index}].${key}`;
        const error = schemaError(schema);
        if (error !== undefined) {
          ctx.report(this, {
            file,
            field,
            message: bilingual(`The ${key} of "${api.name}" is not a valid JSON Schema: ${error}.`, `接口 "${api.name}" 的 ${key} 不是有效的 JSON Schema。`),
            fix: bilingual('correct the schema (JSON Schema draft-07 or 2020-12).', '请按 JSON Schema（draft-07 或 2020-12）修正。'),
          });
        } else if (!isObjectSchema(schema)) {
          const what = key === 'inputSchema' ? 'the arguments' : 'structuredContent';
          ctx.report(this, {
            file,
            field: `${field}.type`,
            message: bilingual(`The ${key} of "${api.name}" must have "type": "object" (${what} is an object).`, `接口 "${api.name}" 的 ${key} 必须是 "type": "object"。`),
            fix: bilingual('write { "type": "object", "properties": { … } }.', '请写成 { "type": "object", "properties": { … } }。'),
          });
        }
      }
    }
  },
};

/** The contract run's stricter half of skill/schema-valid: each schema must compile with ajv. */
export function checkCompiles(ctx: LintContext): void {
  for (const { skill, api, index } of allApis(ctx.pkg)) {
    for (const key of ['inputSchema', 'outputSchema'] as const) {
      const schema = api[key];
      if (schema === undefined || schemaError(schema) !== undefined) continue;
      const compiled = compileSchema(schema);
      if (typeof compiled !== 'string') continue;
      ctx.report(schemaValid, {
        file: mcpFile(skill),
        field: `apis[${index}].${key}`,
        message: bilingual(`The ${key} of "${api.name}" does not compile: ${compiled}.`, `接口 "${api.name}" 的 ${key} 无法编译。`),
        fix: bilingual('correct the schema so that ajv compiles it.', '请修正该 schema，使其能被 ajv 编译。'),
      });
    }
  }
}

/** Every `pattern` and `patternProperties` key in a schema, with where it sits. */
function patternsIn(node: unknown, at: string, found: { pattern: string; at: string }[] = [], depth = 0): { pattern: string; at: string }[] {
  if (depth > 40 || typeof node !== 'object' || node === null) return found;
  if (Array.isArray(node)) {
    node.forEach((item, i) => patternsIn(item, `${at}[${i}]`, found, depth + 1));
    return found;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string') found.push({ pattern: value, at: `${at}.pattern` });
    else if (key === 'patternProperties' && value && typeof value === 'object') {
      for (const p of Object.keys(value)) found.push({ pattern: p, at: `${at}.patternProperties` });
    }
    patternsIn(value, `${at}.${key}`, found, depth + 1);
  }
  return found;
}

export const schemaPatternLinear: LintRule = {
  id: 'skill/schema-pattern-linear',
  severity: 'error',
  title: 'schema patterns run in linear time (RE2 syntax: no backreferences or lookaround)',
  stage: 'lint',
  check(ctx) {
    for (const { skill, api, index } of allApis(ctx.pkg)) {
      for (const key of ['inputSchema', 'outputSchema'] as const) {
        for (const { pattern, at } of patternsIn(api[key], `apis[${index}].${key}`)) {
          const problem = linearPatternProblem(pattern);
          if (problem === undefined) continue;
          ctx.report(this, {
            file: mcpFile(skill),
            field: at,
            message: bilingual(`The pattern ${JSON.stringify(pattern)} in "${api.name}" cannot run on a linear-time engine: ${problem}.`, `接口 "${api.name}" 的正则 ${JSON.stringify(pattern)} 无法以线性时间匹配（不支持反向引用和断言）。`),
            fix: bilingual('rewrite it without backreferences or lookaround (RE2 syntax).', '请改写为不含反向引用和断言的正则（RE2 语法）。'),
          });
        }
      }
    }
  },
};

export const schemaRules = [schemaValid, schemaPatternLinear];
