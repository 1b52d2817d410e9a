import { bilingual, type ApiDeclaration } from '../../package/index.ts';
import { allApis, mcpFile, type LintRule } from '../lint-context.ts';
import { schemaProperties, schemaPropertyNames } from '../walk-schema.ts';

/**
 * bp/id-source (docs/skill-conventions.md rule 2): a parameter that takes an ID names, in its
 * description, the API of the same skill whose result it comes from — the planner calls that
 * API first and never invents an ID. A parameter takes an ID when its name ends in Id/Ids/ID/_id
 * or its description calls it an ID (ID, identifier, 标识, 编号). When every API it names has an
 * outputSchema and none of them has a field of that name (or `id`), that is reported too.
 */

const ID_NAME = /(Id|Ids|ID|IDs|_id|_ids)$/;
const ID_WORDS = /\b(ids?|identifiers?)\b|标识|编号/i;

/** The identifiers written in a text (`listStores`, `stores`, `id` …). */
export function identifiersIn(text: string): Set<string> {
  return new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
}

export const idSource: LintRule = {
  id: 'bp/id-source',
  severity: 'warning',
  title: 'an ID parameter names the API of the same skill that returns it',
  stage: 'lint',
  check(ctx) {
    for (const { skill, api, index } of allApis(ctx.pkg)) {
      const others = skill.apis.filter((other) => other.name !== api.name);
      for (const property of schemaProperties(api.inputSchema, 'inputSchema')) {
        const description = typeof property.schema.description === 'string' ? property.schema.description : '';
        if (!ID_NAME.test(property.name) && !ID_WORDS.test(description)) continue;
        const words = identifiersIn(description);
        const named = others.filter((other) => words.has(other.name));
        const field = `apis[${index}].${property.field}`;
        if (named.length === 0) {
          const candidates = others.filter((other) => schemaPropertyNames(other.outputSchema).has(property.name)).map((other) => other.name);
          const hint = candidates.length > 0 ? candidates[0] : others[0]?.name ?? 'listThings';
          ctx.report(this, {
            file: mcpFile(skill),
            field,
            message: bilingual(`The ID parameter "${property.name}" of "${api.name}" does not say which API of the skill "${skill.name}" returns it.`, `接口 "${api.name}" 的 ID 参数 "${property.name}" 没有说明它来自技能 "${skill.name}" 的哪个接口。`),
            fix: bilingual(`name the source API in its description, e.g. "来自 ${hint} 返回的 …id; never invent it".`, `请在描述中写明来源接口，例如「来自 ${hint} 返回的 …id，禁止编造」。`),
          });
          continue;
        }
        if (!named.every((other) => other.outputSchema !== undefined)) continue;
        const wanted = new Set([property.name, property.name.replace(/s$/, ''), 'id']);
        const returns = (other: ApiDeclaration): boolean => [...schemaPropertyNames(other.outputSchema)].some((name) => wanted.has(name));
        if (named.some(returns)) continue;
        ctx.report(this, {
          file: mcpFile(skill),
          field,
          message: bilingual(`"${property.name}" of "${api.name}" is said to come from ${named.map((o) => o.name).join(', ')}, whose outputSchema has no "${property.name}" or "id" field.`, `"${api.name}" 的 "${property.name}" 声称来自 ${named.map((o) => o.name).join('、')}，但其 outputSchema 中没有 "${property.name}" 或 "id" 字段。`),
          fix: bilingual('name the API that really returns this ID, or add the field to that API\'s outputSchema.', '请写明真正返回该 ID 的接口，或在该接口的 outputSchema 中补上此字段。'),
        });
      }
    }
  },
};

export const idSourceRules = [idSource];
