import { bilingual } from '../../package/index.ts';
import type { LintRule } from '../lint-context.ts';

/** How skills are declared in app.json and what each skill folder must hold. */

export const MAX_SKILLS = 30;

export const maxCount: LintRule = {
  id: 'skill/max-count',
  severity: 'error',
  title: `at most ${MAX_SKILLS} skills`,
  stage: 'lint',
  check(ctx) {
    const count = ctx.pkg.app.agent?.skills?.length ?? 0;
    if (count <= MAX_SKILLS) return;
    ctx.report(this, {
      file: 'app.json',
      field: `agent.skills[${MAX_SKILLS}]`,
      message: bilingual(`app.json declares ${count} skills; at most ${MAX_SKILLS} are allowed.`, `app.json 声明了 ${count} 个技能，最多允许 ${MAX_SKILLS} 个。`),
      fix: bilingual('merge skills that serve one business flow (one skill may hold many APIs).', '请合并属于同一业务流程的技能（一个技能可包含多个接口）。'),
    });
  },
};

export const requiredFields: LintRule = {
  id: 'skill/required-fields',
  severity: 'error',
  title: 'every skill in app.json has a name, a description and a path',
  stage: 'lint',
  wechat: 'V016',
  check(ctx) {
    (ctx.pkg.app.agent?.skills ?? []).forEach((skill, index) => {
      for (const key of ['name', 'description'] as const) {
        if (skill[key].trim() !== '') continue;
        ctx.report(this, {
          file: 'app.json',
          field: `agent.skills[${index}].${key}`,
          message: bilingual(`The skill at ${skill.path} has no ${key}.`, `位于 ${skill.path} 的技能缺少 ${key}。`),
          fix:
            key === 'name'
              ? bilingual('give a short, unique name such as "order".', '请填写简短且唯一的名称，如 "order"。')
              : bilingual('say in one line what the skill does and for which requests, e.g. "点单：查询饮品、选择规格、下单支付".', '请用一句话说明技能做什么、处理哪些请求，例如 "点单：查询饮品、选择规格、下单支付"。'),
        });
      }
    });
  },
};

const REQUIRED_FILES = [
  ['SKILL.md', 'the business flow for the model', '给模型看的业务流程说明'],
  ['mcp.json', 'the API declarations', '接口声明'],
  ['index.js', 'the code that registers the APIs', '注册接口的代码'],
] as const;

export const skillFiles: LintRule = {
  id: 'skill/files',
  severity: 'error',
  title: 'every skill folder holds SKILL.md, mcp.json and index.js',
  stage: 'lint',
  wechat: 'V014',
  check(ctx) {
    for (const skill of ctx.pkg.skills) {
      for (const [name, what, whatZh] of REQUIRED_FILES) {
        const path = `${skill.path}/${name}`;
        if (ctx.has(path)) continue;
        const lower = `${skill.path}/${name.toLowerCase()}`;
        const miscased = Object.keys(ctx.pkg.files).find((file) => file.toLowerCase() === lower);
        ctx.report(this, {
          file: miscased ?? path,
          message: miscased
            ? bilingual(`${miscased} must be named exactly ${name}.`, `${miscased} 的文件名必须严格为 ${name}。`)
            : bilingual(`The skill "${skill.name}" has no ${name} (${what}).`, `技能 "${skill.name}" 缺少 ${name}（${whatZh}）。`),
          fix: miscased ? bilingual(`rename it to ${name}.`, `请重命名为 ${name}。`) : bilingual(`add ${path}.`, `请添加 ${path}。`),
        });
      }
    }
  },
};

export const skillDeclarationRules = [maxCount, requiredFields, skillFiles];
