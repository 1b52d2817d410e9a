import { bilingual, type JsonSchema } from '../../package/index.ts';
import { allApis, mcpFile, type LintRule } from '../lint-context.ts';
import { schemaProperties } from '../walk-schema.ts';
import { escapeRegExp } from '../../core/index.ts';

/**
 * bp/enum-gloss (docs/skill-conventions.md rule 4): enum values are codes, and the parameter's
 * description glosses each one, as `CODE=中文/English`. A code counts as glossed when the
 * description has it as a whole word (quoted or not: `'ice'（冰）`) followed by `=`, `:`, `：`,
 * `(`, `（`, `-`, `—`, `→`, 表示, 即 or 代表. An enum on an array's items is glossed in the array's description.
 */

const MARK = '\\s*(?:=|:|：|\\(|（|-|—|–|→|表示|即|代表)';
/** A code may stand in quotes before its gloss, as WeChat's own examples write it: `'ice'（冰）`. */
const QUOTE = `['"\`‘’“”]?`;
const GLOSSED_WORD = new RegExp(`(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]+)${QUOTE}${MARK}`, 'g');

/** The word-like codes a description glosses, found in one pass. */
function glossedWords(description: string): Set<string> {
  return new Set([...description.matchAll(GLOSSED_WORD)].map((match) => match[1] ?? ''));
}

function glossed(description: string, words: Set<string>, code: string): boolean {
  if (words.has(code)) return true;
  // codes with spaces or symbols (rare): look for that code alone
  return !/^[A-Za-z0-9_.-]+$/.test(code) && new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(code)}${QUOTE}${MARK}`).test(description);
}

function enumOf(schema: JsonSchema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  const items = schema.items;
  return items && Array.isArray(items.enum) ? items.enum : undefined;
}

export const enumGloss: LintRule = {
  id: 'bp/enum-gloss',
  severity: 'warning',
  title: 'an enum parameter glosses each code in its description (CODE=中文/English)',
  stage: 'lint',
  check(ctx) {
    for (const { skill, api, index } of allApis(ctx.pkg)) {
      for (const property of schemaProperties(api.inputSchema, 'inputSchema')) {
        const values = enumOf(property.schema);
        if (!values) continue;
        const codes = values.filter((value) => typeof value === 'string' || typeof value === 'number').map(String);
        const description = typeof property.schema.description === 'string' ? property.schema.description : '';
        const words = glossedWords(description);
        const missing = codes.filter((code) => !glossed(description, words, code));
        if (missing.length === 0) continue;
        const example = codes.slice(0, 2).map((code) => `${code}=…/…`).join(', ');
        ctx.report(this, {
          file: mcpFile(skill),
          field: `apis[${index}].${property.field}.description`,
          message: bilingual(`The enum "${property.name}" of "${api.name}" does not gloss ${missing.map((code) => `"${code}"`).join(', ')}.`, `接口 "${api.name}" 的枚举参数 "${property.name}" 没有解释 ${missing.join('、')}。`),
          fix: bilingual(`write each code with its meaning in the description, e.g. "${example}" (中文/English).`, `请在描述中逐个解释取值，例如「${example}」（中文/英文）。`),
        });
      }
    }
  },
};

export const enumGlossRules = [enumGloss];
