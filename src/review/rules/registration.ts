import { bilingual, type SkillSource } from '../../package/index.ts';
import { mcpFile, type LintContext } from '../lint-context.ts';
import type { RuleInfo, SkillInspection } from '../types.ts';

/**
 * What the skill's index.js registered when it ran in the sandbox (the runtime's inspection):
 * it loads, it registers exactly the APIs mcp.json declares, and every handler is async.
 */

export const entryLoad: RuleInfo = {
  id: 'skill/entry-load',
  severity: 'error',
  title: "the skill's index.js loads in the sandbox and calls createSkill with the declared path",
  stage: 'inspect',
  wechat: 'V008',
};

export const namesMatch: RuleInfo = {
  id: 'skill/names-match',
  severity: 'error',
  title: 'every API in mcp.json is registered in index.js, and every registered API is declared',
  stage: 'inspect',
  wechat: 'V007',
};

export const asyncHandlers: RuleInfo = {
  id: 'skill/async-handlers',
  severity: 'error',
  title: 'every registered handler is an async function',
  stage: 'inspect',
  wechat: 'V002',
};

/** The line of `registerAPI('name'` in the entry, for pointing at an undeclared registration. */
function registrationLine(ctx: LintContext, skill: SkillSource, name: string): number | undefined {
  const text = ctx.text(skill.entry);
  const offset = text?.search(new RegExp(`registerAPI\\s*\\(\\s*['"\`]${name.replace(/[^\w$]/g, '')}['"\`]`));
  return offset === undefined || offset < 0 ? undefined : ctx.lineAt(skill.entry, offset);
}

/** Checks one inspection per skill; a skill without one is reported as not loaded. */
export function checkInspections(ctx: LintContext, inspections: SkillInspection[]): void {
  for (const skill of ctx.pkg.skills) {
    const inspection = inspections.find((candidate) => candidate.skill === skill.name || candidate.skill === skill.path);
    if (!inspection || inspection.error !== undefined) {
      const why = inspection?.error ?? 'no inspection was returned for it';
      ctx.report(entryLoad, {
        file: skill.entry,
        message: bilingual(`The index.js of the skill "${skill.name}" did not load: ${why}.`, `技能 "${skill.name}" 的 index.js 未能加载：${why}。`),
        fix: bilingual(`make index.js run without errors and call wx.modelContext.createSkill('${skill.path}') with the path from app.json.`, `请确保 index.js 可正常运行，并以 app.json 中的路径调用 wx.modelContext.createSkill('${skill.path}')。`),
      });
      continue;
    }
    const entries = Array.isArray(inspection.registered) ? inspection.registered : [];
    const registered = new Map(entries.map((entry) => [entry.name, entry]));
    const declared = new Set(skill.apis.map((api) => api.name));
    skill.apis.forEach((api, index) => {
      if (registered.has(api.name)) return;
      ctx.report(namesMatch, {
        file: mcpFile(skill),
        field: `apis[${index}].name`,
        message: bilingual(`"${api.name}" is declared in mcp.json but index.js does not register it.`, `"${api.name}" 已在 mcp.json 中声明，但 index.js 没有注册它。`),
        fix: bilingual(`add skill.registerAPI('${api.name}', handler) to index.js, or check the spelling (names must match exactly).`, `请在 index.js 中添加 skill.registerAPI('${api.name}', handler)，或检查拼写（名称必须完全一致）。`),
      });
    });
    for (const entry of entries) {
      if (!declared.has(entry.name)) {
        ctx.report(namesMatch, {
          file: skill.entry,
          line: registrationLine(ctx, skill, entry.name),
          message: bilingual(`index.js registers "${entry.name}", which mcp.json does not declare; the model can never call it.`, `index.js 注册了 "${entry.name}"，但 mcp.json 没有声明它，模型无法调用。`),
          fix: bilingual(`declare "${entry.name}" in ${mcpFile(skill)} (name, description, inputSchema), or remove the registration.`, `请在 ${mcpFile(skill)} 中声明 "${entry.name}"，或删除该注册。`),
        });
      }
      if (!entry.isAsync) {
        ctx.report(asyncHandlers, {
          file: skill.entry,
          line: registrationLine(ctx, skill, entry.name),
          message: bilingual(`The handler of "${entry.name}" is not async.`, `"${entry.name}" 的处理函数不是 async 函数。`),
          fix: bilingual('declare it as `async function (args) { … }` (or `async (args) => …`) and return the result envelope.', '请声明为 `async function (args) { … }`（或 `async (args) => …`）并返回结果对象。'),
        });
      }
    }
  }
}

export const registrationRules = [entryLoad, namesMatch, asyncHandlers];
