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

export const schemaRules = [schemaValid];
