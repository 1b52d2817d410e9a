import { bilingual } from '../../package/index.ts';
import { allApis, byteLength, mcpFile, type LintRule } from '../lint-context.ts';

/** Package-level hard limits: app.json is sound, every page it or a skill names exists, AGENTS.md fits. */

export const appJson: LintRule = {
  id: 'package/app-json',
  severity: 'error',
  title: 'app.json is present, well-typed, lists pages and names skills uniquely',
  stage: 'lint',
  check(ctx) {
    const { app } = ctx.pkg;
    const pageCount = app.pages.length + (app.subPackages ?? []).reduce((sum, sub) => sum + sub.pages.length, 0);
    if (pageCount === 0) {
      ctx.report(this, {
        file: 'app.json',
        field: 'pages',
        message: bilingual('app.json lists no pages; a mini-program needs at least one.', 'app.json 没有列出任何页面，小程序至少需要一个页面。'),
        fix: bilingual('add "pages": ["pages/index/index"] with that page\'s .wxml and .js.', '请添加 "pages": ["pages/index/index"] 及对应的 .wxml 和 .js。'),
      });
    }
    const seen = new Map<string, number>();
    (app.agent?.skills ?? []).forEach((skill, index) => {
      for (const key of ['name', 'path'] as const) {
        const value = skill[key];
        if (!value) continue;
        const first = seen.get(`${key}:${value}`);
        if (first === undefined) seen.set(`${key}:${value}`, index);
        else {
          ctx.report(this, {
            file: 'app.json',
            field: `agent.skills[${index}].${key}`,
            message: bilingual(`Skills ${first} and ${index} share the ${key} "${value}".`, `第 ${first} 和第 ${index} 个技能的 ${key} 都是 "${value}"。`),
            fix: bilingual(`give every skill its own ${key}.`, `请为每个技能使用不同的 ${key}。`),
          });
        }
      }
    });
  },
};

export const pageMissing: LintRule = {
  id: 'package/page-missing',
  severity: 'error',
  title: 'every page named by app.json, mcp.json (pagePath, relatedPage) and page-meta.json exists',
  stage: 'lint',
  wechat: 'V017',
  check(ctx) {
    const pages = new Set(ctx.pkg.pages.map((page) => page.path));
    const check = (path: string, file: string, field: string, what: string): void => {
      if (pages.has(path)) return;
      const query = path.includes('?');
      ctx.report(this, {
        file,
        field,
        message: query
          ? bilingual(`${what} "${path}" carries a query; it must be a bare page path.`, `${what} "${path}" 带有查询参数，只能写页面路径。`)
          : bilingual(`${what} "${path}" is not a page of this package.`, `${what} "${path}" 不是本包的页面。`),
        fix: query
          ? bilingual('drop the "?…" part; pass values through the result\'s handoff.query instead.', '请去掉 "?…"，改用返回结果的 handoff.query 传值。')
          : bilingual('name a page listed in app.json "pages" (e.g. "pages/checkout/checkout"), or add that page.', '请填写 app.json "pages" 中的页面（如 "pages/checkout/checkout"），或补上该页面。'),
      });
    };
    for (const { skill, api, index } of allApis(ctx.pkg)) {
      if (api.pagePath !== undefined) check(api.pagePath, mcpFile(skill), `apis[${index}]._meta.ui.pagePath`, 'The pagePath');
    }
    for (const skill of ctx.pkg.skills) {
      skill.components.forEach((component, index) => {
        if (component.relatedPage !== undefined) check(component.relatedPage, mcpFile(skill), `components[${index}].relatedPage`, 'The relatedPage');
      });
    }
    const metaFile = ctx.pkg.app.agent?.pageMetadata ?? ctx.pkg.app.pageMetadata;
    ctx.pkg.pageMeta.forEach((entry, index) => {
      check(entry.path, metaFile ?? 'page-meta.json', `pages[${index}].path`, 'The page-meta entry');
    });
  },
};

export const AGENTS_MD_LIMIT = 10_000;

export const agentsMdSize: LintRule = {
  id: 'package/agents-md-size',
  severity: 'error',
  title: `AGENTS.md is at most ${AGENTS_MD_LIMIT.toLocaleString('en')} bytes`,
  stage: 'lint',
  check(ctx) {
    const text = ctx.pkg.agentsMd;
    if (text === undefined) return;
    const size = byteLength(text);
    if (size <= AGENTS_MD_LIMIT) return;
    ctx.report(this, {
      file: ctx.pkg.app.agent?.instruction ?? 'AGENTS.md',
      message: bilingual(`AGENTS.md is ${size.toLocaleString('en')} bytes; the limit is ${AGENTS_MD_LIMIT.toLocaleString('en')}.`, `AGENTS.md 为 ${size} 字节，超过 ${AGENTS_MD_LIMIT} 字节上限。`),
      fix: bilingual('keep only the global scope, tone and relations between skills; move flows into each SKILL.md and hard rules into API descriptions.', '只保留全局范围、语气和技能间关系；流程移到各 SKILL.md，硬性规则写进接口描述。'),
    });
  },
};

export const packageRules = [appJson, pageMissing, agentsMdSize];
