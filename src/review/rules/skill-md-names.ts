import { withinEdits } from '../../core/index.ts';
import { bilingual } from '../../package/index.ts';
import { skillMdFile, type LintRule } from '../lint-context.ts';
import { schemaPropertyNames } from '../walk-schema.ts';
import { WX_API_NAMES } from './wx-api-names.ts';

/**
 * bp/skill-md-names: names in SKILL.md match the declared API names exactly. An identifier is
 * taken for an API name when it is camelCase or snake_case and either is called (`searchDrink(`,
 * not a method such as `wx.login(`, nor a gloss such as `navigateTo（小程序内）`), or stands alone in
 * backticks; it is reported when no API of the package, no field of the skill's schemas, no field
 * of the package format and no `wx` API has that name. Any camelCase word that is one
 * or two edits away from a declared API name (`searchDrink` for `searchDrinks`) is reported too.
 */

const IDENTIFIER = '[a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*|_[a-z0-9_]+)';
/** A call: `name(`, or `name（` unless Chinese follows (`navigateTo（小程序内）` is a gloss, not a call). */
const CALLED = new RegExp(`(?<![\\w.$])(${IDENTIFIER})\\s*(?:\\(|（(?![\\u3400-\\u9fff]))`, 'g');
const BACKTICKED = new RegExp('`(' + IDENTIFIER + ')`', 'g');
const CAMEL_WORD = /(?<![\w.$])([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w$])/g;
/** Words of the result envelope and the platform that SKILL.md may mention. */
const KNOWN = new Set([
  'isError', 'structuredContent', 'apiCalls', 'handoff', 'content', 'notifyApi', 'createOrder', 'getOrder', 'refundOrder', 'orderId',
  // the fields of mcp.json and app.json a skill's author may name
  'componentPath', 'pagePath', 'relatedPage', 'inputSchema', 'outputSchema', 'pageMetadata', 'expiredText',
  ...WX_API_NAMES,
]);

export const skillMdNames: LintRule = {
  id: 'bp/skill-md-names',
  severity: 'warning',
  title: 'API names in SKILL.md match declared API names exactly',
  stage: 'lint',
  check(ctx) {
    const declared = new Set(ctx.pkg.skills.flatMap((skill) => skill.apis.map((api) => api.name)));
    for (const skill of ctx.pkg.skills) {
      const file = skillMdFile(skill);
      const text = ctx.text(file);
      if (text === undefined) continue;
      const fields = new Set<string>();
      for (const api of skill.apis) {
        for (const name of schemaPropertyNames(api.inputSchema)) fields.add(name);
        for (const name of schemaPropertyNames(api.outputSchema)) fields.add(name);
      }
      // a declared API a few letters from the name (a typo of it), if one is
      const nearApi = (name: string) => [...declared].find((api) => withinEdits(name.toLowerCase(), api.toLowerCase(), 2));
      const suspects = new Map<number, string>();
      for (const pattern of [CALLED, BACKTICKED]) {
        for (const match of text.matchAll(pattern)) {
          const name = match[1] ?? '';
          if (!declared.has(name) && !fields.has(name) && !KNOWN.has(name)) suspects.set(match.index, name);
        }
      }
      for (const match of text.matchAll(CAMEL_WORD)) {
        const name = match[1] ?? '';
        if (declared.has(name) || fields.has(name) || KNOWN.has(name)) continue;
        if (nearApi(name) !== undefined) suspects.set(match.index, name);
      }
      const reported = new Set<string>();
      for (const [offset, name] of [...suspects].sort(([a], [b]) => a - b)) {
        if (reported.has(name)) continue;
        reported.add(name);
        const near = nearApi(name);
        const names = skill.apis.map((api) => api.name).join(', ');
        ctx.report(this, {
          file,
          line: ctx.lineAt(file, offset),
          message: bilingual(`SKILL.md names "${name}", which is not a declared API${near ? ` (did you mean "${near}"?)` : ''}.`, `SKILL.md 提到的 "${name}" 不是已声明的接口${near ? `（是否应为 "${near}"？）` : ''}。`),
          fix: near
            ? bilingual(`write the exact name "${near}".`, `请写成准确的接口名 "${near}"。`)
            : bilingual(`use the exact registered names (${names || 'none declared'}), or describe the step in words.`, `请使用准确的接口名（${names || '无'}），或改用文字描述该步骤。`),
        });
      }
    }
  },
};

export const skillMdNameRules = [skillMdNames];
