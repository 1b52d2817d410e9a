import { isRecord, type LoadContext } from './load-context.ts';
import { bilingual } from './problem.ts';
import type { ApiExample } from './types.ts';

const FIX = bilingual(
  'write each example as { "arguments": { … }, "expect": { "isError": false, "structuredContent": { … } } }.',
  '每个示例写成 { "arguments": { … }, "expect": { "isError": false, "structuredContent": { … } } }。',
);

/** Reads one example call; reports (rule skill/examples) and returns undefined when malformed. */
export function parseExample(ctx: LoadContext, value: unknown, file: string, field: string): ApiExample | undefined {
  const bad = (what: string, whatZh: string): undefined => {
    ctx.error('skill/examples', bilingual(`The example ${what}.`, `示例${whatZh}。`), FIX, { file, field });
    return undefined;
  };
  if (!isRecord(value)) return bad('is not an object', '不是对象');
  const args = value.arguments ?? {};
  if (!isRecord(args)) return bad('has "arguments" that is not an object', '的 "arguments" 不是对象');
  const example: ApiExample = { arguments: args };
  if (value.name !== undefined) {
    if (typeof value.name !== 'string') return bad('has a "name" that is not a string', '的 "name" 不是字符串');
    example.name = value.name;
  }
  if (value.expect !== undefined) {
    const expect = value.expect;
    if (!isRecord(expect)) return bad('has "expect" that is not an object', '的 "expect" 不是对象');
    if (expect.isError !== undefined && typeof expect.isError !== 'boolean') return bad('has "expect.isError" that is not true or false', '的 "expect.isError" 不是布尔值');
    if (expect.structuredContent !== undefined && !isRecord(expect.structuredContent)) return bad('has "expect.structuredContent" that is not an object', '的 "expect.structuredContent" 不是对象');
    example.expect = {};
    if (typeof expect.isError === 'boolean') example.expect.isError = expect.isError;
    if (isRecord(expect.structuredContent)) example.expect.structuredContent = expect.structuredContent;
  }
  if (value.storage !== undefined) {
    if (!isRecord(value.storage)) return bad('has "storage" that is not an object', '的 "storage" 不是对象');
    example.storage = value.storage;
  }
  return example;
}

/**
 * The examples in `<skill>/tests/*.json`: `{ api, arguments, expect? }` or an array of them,
 * grouped by API name. An example naming an API the skill does not declare is reported.
 */
export function parseTestFiles(ctx: LoadContext, skillPath: string, declared: Set<string>): Map<string, ApiExample[]> {
  const byApi = new Map<string, ApiExample[]>();
  const prefix = `${skillPath}/tests/`;
  const files = Object.keys(ctx.files)
    .filter((path) => path.startsWith(prefix) && path.endsWith('.json') && !path.slice(prefix.length).includes('/'))
    .sort();
  for (const file of files) {
    const parsed = ctx.json(file);
    if (parsed.state !== 'ok') continue;
    const list = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    list.forEach((entry, index) => {
      const field = Array.isArray(parsed.value) ? `[${index}]` : undefined;
      const api = isRecord(entry) ? entry.api : undefined;
      if (typeof api !== 'string' || !declared.has(api)) {
        ctx.error(
          'skill/examples',
          typeof api === 'string'
            ? bilingual(`The test names the API "${api}", which ${skillPath}/mcp.json does not declare.`, `测试用例引用的接口 "${api}" 未在 ${skillPath}/mcp.json 中声明。`)
            : bilingual('The test has no "api" naming the API it calls.', '测试用例缺少 "api" 字段（要调用的接口名）。'),
          bilingual('set "api" to a name declared in mcp.json.', '请把 "api" 设为 mcp.json 中声明的接口名。'),
          { file, ...(field ? { field: `${field}.api` } : { field: 'api' }) },
        );
        return;
      }
      const example = parseExample(ctx, entry, file, field ?? '');
      if (!example) return;
      const base = file.slice(prefix.length).replace(/\.json$/, '');
      example.name ??= list.length > 1 ? `${base} #${index + 1}` : base;
      byApi.set(api, [...(byApi.get(api) ?? []), example]);
    });
  }
  return byApi;
}
