import { bilingual } from '../../package/index.ts';
import { allApis, mcpFile, type LintRule } from '../lint-context.ts';

/** mcp.json hard limits: its size, each API's required fields and name, and the cards it binds. */

export const MCP_JSON_LIMIT = 24_000;
export const API_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;

export const mcpJsonSize: LintRule = {
  id: 'skill/mcp-json-size',
  severity: 'error',
  title: `mcp.json is at most ${MCP_JSON_LIMIT.toLocaleString('en')} characters as compact JSON, not counting outputSchema (as WeChat counts)`,
  stage: 'lint',
  wechat: 'V013',
  check(ctx) {
    for (const skill of ctx.pkg.skills) {
      const size = skill.mcpJsonCompactBytes;
      if (size <= MCP_JSON_LIMIT) continue;
      ctx.report(this, {
        file: mcpFile(skill),
        message: bilingual(`mcp.json is ${size.toLocaleString('en')} characters as compact JSON without its outputSchemas; the limit is ${MCP_JSON_LIMIT.toLocaleString('en')}.`, `mcp.json 去除 outputSchema 后的紧凑 JSON 为 ${size} 字符，超过 ${MCP_JSON_LIMIT} 字符上限。`),
        fix: bilingual('shorten descriptions and inputSchema texts, or split the skill in two.', '请精简 description 与 inputSchema 的描述文字，或把技能拆成两个。'),
      });
    }
  },
};

export const apiFields: LintRule = {
  id: 'skill/api-fields',
  severity: 'error',
  title: 'every API has a name, a description and an inputSchema; names are unique and match ^[a-zA-Z][a-zA-Z0-9_]{0,63}$',
  stage: 'lint',
  check(ctx) {
    const firstSeen = new Map<string, string>();
    for (const { skill, api, index } of allApis(ctx.pkg)) {
      const file = mcpFile(skill);
      const field = `apis[${index}]`;
      if (!API_NAME.test(api.name)) {
        ctx.report(this, {
          file,
          field: `${field}.name`,
          message: bilingual(`The API name "${api.name}" is not valid.`, `接口名 "${api.name}" 不合法。`),
          fix: bilingual('start with a letter, then letters, digits or "_", at most 64 characters (e.g. "searchDrinks").', '以字母开头，仅含字母、数字和下划线，最多 64 个字符（如 "searchDrinks"）。'),
        });
      }
      const where = firstSeen.get(api.name);
      if (where !== undefined) {
        ctx.report(this, {
          file,
          field: `${field}.name`,
          message: bilingual(`The API name "${api.name}" is already declared in ${where}; a call names its API alone, so names must be unique in the package.`, `接口名 "${api.name}" 已在 ${where} 中声明；调用只凭接口名定位，所以包内接口名必须唯一。`),
          fix: bilingual('rename one of them.', '请为其中一个改名。'),
        });
      } else firstSeen.set(api.name, file);
      if (api.description.trim() === '') {
        ctx.report(this, {
          file,
          field: `${field}.description`,
          message: bilingual(`The API "${api.name}" has no description.`, `接口 "${api.name}" 缺少描述。`),
          fix: bilingual('say what it does, when to call it, when never to call it, with a few example requests.', '请说明它做什么、何时调用、何时禁止调用，并附几个示例请求。'),
        });
      }
    }
  },
};

export const componentPath: LintRule = {
  id: 'skill/component-path',
  severity: 'error',
  title: 'every card an API or a skill declares exists in the package',
  stage: 'lint',
  wechat: 'V012',
  check(ctx) {
    const components = new Set(ctx.pkg.components.map((component) => component.path));
    const fix = bilingual('give the card path relative to the skill folder (e.g. "components/order-card/index") and add its .wxml, .js and .json.', '请填写相对技能目录的卡片路径（如 "components/order-card/index"），并补上 .wxml、.js、.json。');
    for (const { skill, api, index } of allApis(ctx.pkg)) {
      if (api.componentPath === undefined || components.has(api.componentPath)) continue;
      ctx.report(this, {
        file: mcpFile(skill),
        field: `apis[${index}]._meta.ui.componentPath`,
        message: bilingual(`The card "${api.componentPath}" of "${api.name}" has no .wxml in the package.`, `接口 "${api.name}" 绑定的卡片 "${api.componentPath}" 在包中没有 .wxml。`),
        fix,
      });
    }
    for (const skill of ctx.pkg.skills) {
      skill.components.forEach((component, index) => {
        if (components.has(component.path)) return;
        ctx.report(this, {
          file: mcpFile(skill),
          field: `components[${index}].path`,
          message: bilingual(`The component "${component.path}" has no .wxml in the package.`, `组件 "${component.path}" 在包中没有 .wxml。`),
          fix,
        });
      });
    }
  },
};

export const mcpJsonRules = [mcpJsonSize, apiFields, componentPath];
