import { isRecord, pick, type LoadContext } from './load-context.ts';
import { parseExample } from './parse-examples.ts';
import { pagePathOf } from './parse-app-json.ts';
import { resolvePath } from './paths.ts';
import { bilingual } from './problem.ts';
import type { ApiDeclaration, ComponentDeclaration, JsonSchema, ToolAnnotations } from './types.ts';

export interface McpJson {
  apis: ApiDeclaration[];
  /** Every name written in `apis`, also of entries too broken to use (so tests naming them are not blamed). */
  names: Set<string>;
  components: ComponentDeclaration[];
  compactBytes: number;
}

const ANNOTATION_KEYS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'confirmRequired'] as const;

function readAnnotations(entry: Record<string, unknown>): ToolAnnotations | undefined {
  const source = isRecord(entry.annotations) ? entry.annotations : {};
  const annotations: ToolAnnotations = {};
  for (const key of ANNOTATION_KEYS) {
    const value = source[key] ?? entry[key];
    if (typeof value === 'boolean') annotations[key] = value;
  }
  return Object.keys(annotations).length > 0 ? annotations : undefined;
}

/** `_meta.ui.<key>`, or `<key>` at the top level of the entry (both spellings appear in WeChat's docs). */
function uiField(entry: Record<string, unknown>, key: string): unknown {
  const meta = isRecord(entry._meta) ? entry._meta : {};
  const ui = isRecord(meta.ui) ? meta.ui : {};
  return ui[key] ?? entry[key];
}

function parseApi(ctx: LoadContext, entry: unknown, skillPath: string, file: string, index: number): ApiDeclaration | undefined {
  const field = `apis[${index}]`;
  const fix = bilingual('each API needs "name" (string), "description" (string) and "inputSchema" (a JSON Schema object).', '每个接口都需要 "name"（字符串）、"description"（字符串）和 "inputSchema"（JSON Schema 对象）。');
  if (!isRecord(entry)) {
    ctx.error('skill/api-fields', bilingual(`apis[${index}] is not an object.`, `apis[${index}] 不是对象。`), fix, { file, field });
    return undefined;
  }
  const label = typeof entry.name === 'string' ? `"${entry.name}"` : `apis[${index}]`;
  let broken = false;
  const require = (key: string, ok: boolean, what: string, whatZh: string): void => {
    if (ok) return;
    broken = true;
    const missing = entry[key] === undefined;
    ctx.error(
      'skill/api-fields',
      missing ? bilingual(`The API ${label} has no "${key}".`, `接口 ${label} 缺少 "${key}"。`) : bilingual(`The API ${label} has a "${key}" that is not ${what}.`, `接口 ${label} 的 "${key}" 不是${whatZh}。`),
      fix,
      { file, field: missing ? field : `${field}.${key}` },
    );
  };
  require('name', typeof entry.name === 'string', 'a string', '字符串');
  require('description', entry.description === undefined || typeof entry.description === 'string', 'a string', '字符串');
  require('inputSchema', isRecord(entry.inputSchema), 'a JSON Schema object', 'JSON Schema 对象');
  if (entry.outputSchema !== undefined && !isRecord(entry.outputSchema)) {
    broken = true;
    ctx.error('skill/schema-valid', bilingual(`The API ${label} has an "outputSchema" that is not a JSON Schema object.`, `接口 ${label} 的 "outputSchema" 不是 JSON Schema 对象。`), bilingual('write outputSchema as { "type": "object", "properties": { … } }, or leave it out.', '请把 outputSchema 写成 { "type": "object", "properties": { … } }，或删除它。'), { file, field: `${field}.outputSchema` });
  }
  const examples = (Array.isArray(entry.examples) ? entry.examples : entry.examples === undefined ? [] : [entry.examples])
    .map((value, i) => parseExample(ctx, value, file, `${field}.examples[${i}]`))
    .filter((example) => example !== undefined);
  if (broken) return undefined;
  const api: ApiDeclaration = {
    name: entry.name as string,
    description: (entry.description as string | undefined) ?? '',
    inputSchema: entry.inputSchema as JsonSchema,
    examples,
  };
  if (isRecord(entry.outputSchema)) api.outputSchema = entry.outputSchema as JsonSchema;
  const annotations = readAnnotations(entry);
  if (annotations) api.annotations = annotations;
  const componentPath = uiField(entry, 'componentPath');
  if (typeof componentPath === 'string') {
    const resolved = resolvePath(skillPath, componentPath);
    if (resolved === undefined) {
      ctx.error('skill/component-path', bilingual(`The componentPath "${componentPath}" of ${label} leaves the package.`, `接口 ${label} 的 componentPath "${componentPath}" 指向了包外。`), bilingual('give the card path relative to the skill folder, e.g. "components/order-card/index".', '请写相对技能目录的卡片路径，例如 "components/order-card/index"。'), { file, field: `${field}._meta.ui.componentPath` });
    } else api.componentPath = resolved.replace(/\.(wxml|js|json|wxss)$/, '');
  }
  const pagePath = uiField(entry, 'pagePath');
  if (typeof pagePath === 'string') api.pagePath = pagePathOf(pagePath);
  return api;
}

function parseComponent(ctx: LoadContext, entry: unknown, skillPath: string, file: string, index: number): ComponentDeclaration | undefined {
  const field = `components[${index}]`;
  const path = isRecord(entry) ? entry.path : undefined;
  const resolved = typeof path === 'string' ? resolvePath(skillPath, path) : undefined;
  if (!isRecord(entry) || resolved === undefined) {
    ctx.error('skill/component-path', bilingual(`components[${index}] needs a "path" inside the package.`, `components[${index}] 需要包内的 "path"。`), bilingual('give the card path relative to the skill folder, e.g. "components/order-card/index".', '请写相对技能目录的卡片路径，例如 "components/order-card/index"。'), { file, field });
    return undefined;
  }
  const component: ComponentDeclaration = {
    path: resolved.replace(/\.(wxml|js|json|wxss)$/, ''),
    dynamic: (isRecord(entry.permissions) && entry.permissions['scope.dynamic'] !== undefined) || entry.realtime === true,
  };
  const related = pick(entry, 'relatedPage', 'pagePath');
  if (typeof related === 'string') component.relatedPage = pagePathOf(related);
  if (typeof entry.expirable === 'boolean') component.expirable = entry.expirable;
  if (typeof entry.expiredText === 'string') component.expiredText = entry.expiredText;
  return component;
}

/** Reads a skill's mcp.json; `missing` when the file is absent, undefined when it cannot be used. */
export function parseMcpJson(ctx: LoadContext, skillPath: string): McpJson | 'missing' | undefined {
  const file = `${skillPath}/mcp.json`;
  const raw = ctx.jsonObject(file, 'skill/mcp-json');
  if (raw === 'missing') return 'missing';
  if (raw === 'invalid') return undefined;
  const list = (key: 'apis' | 'components'): unknown[] => {
    const value = raw[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    ctx.error('skill/mcp-json', bilingual(`"${key}" in ${file} must be an array.`, `${file} 中的 "${key}" 必须是数组。`), bilingual(`write "${key}": [ … ].`, `请写成 "${key}": [ … ]。`), { file, field: key });
    return [];
  };
  const rawApis = list('apis');
  const names = new Set(rawApis.map((entry) => (isRecord(entry) ? entry.name : undefined)).filter((name) => typeof name === 'string'));
  const apis = rawApis
    .map((entry, index) => parseApi(ctx, entry, skillPath, file, index))
    .filter((api) => api !== undefined);
  const components = list('components')
    .map((entry, index) => parseComponent(ctx, entry, skillPath, file, index))
    .filter((component) => component !== undefined);
  // Counted as WeChat counts it (its validator's V013): the compact JSON, without any outputSchema.
  const stripped = { ...raw, apis: rawApis.map((entry) => (isRecord(entry) ? Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'outputSchema')) : entry)) };
  const compactBytes = JSON.stringify(stripped).length;
  return { apis, names, components, compactBytes };
}
