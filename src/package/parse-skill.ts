import { splitFrontMatter } from './front-matter.ts';
import type { LoadContext } from './load-context.ts';
import { parseTestFiles } from './parse-examples.ts';
import { parseMcpJson } from './parse-mcp-json.ts';
import type { ComponentLoader } from './parse-pages.ts';
import { bilingual } from './problem.ts';
import type { SkillSource } from './types.ts';

/**
 * Reads one skill declared in app.json `agent.skills[index]`. A missing SKILL.md, mcp.json or
 * index.js still yields a skill (review reports it under skill/files); a missing folder does not.
 */
export function parseSkill(
  ctx: LoadContext,
  declared: { name: string; description: string; path: string },
  index: number,
  components: ComponentLoader,
): SkillSource | undefined {
  const { path } = declared;
  const prefix = `${path}/`;
  if (!Object.keys(ctx.files).some((file) => file.startsWith(prefix))) {
    ctx.error(
      'skill/path-missing',
      bilingual(`The skill "${declared.name || path}" points to "${path}", which has no files in the package.`, `技能 "${declared.name || path}" 的目录 "${path}" 在包中不存在或为空。`),
      bilingual(`create ${path}/ with SKILL.md, mcp.json and index.js, or correct "path".`, `请创建 ${path}/（含 SKILL.md、mcp.json、index.js），或修正 "path"。`),
      { file: 'app.json', field: `agent.skills[${index}].path` },
    );
    return undefined;
  }
  const skillMdFile = `${path}/SKILL.md`;
  const skillMdText = ctx.text(skillMdFile) ?? '';
  const split = splitFrontMatter(skillMdText);
  let frontMatter: Record<string, unknown> = {};
  let skillMd = skillMdText;
  if (split.ok) {
    frontMatter = split.data;
    skillMd = split.body;
  } else {
    ctx.error(
      'package/yaml-syntax',
      bilingual(`The YAML front matter of SKILL.md does not parse: ${split.message}.`, `SKILL.md 的 YAML 头信息无法解析。`),
      bilingual('fix the YAML between the two "---" lines, or remove the front matter.', '请修正两行 "---" 之间的 YAML，或删除头信息。'),
      { file: skillMdFile, line: split.line },
    );
  }
  const mcp = parseMcpJson(ctx, path);
  if (mcp === undefined) return undefined;
  const apis = mcp === 'missing' ? [] : mcp.apis;
  const fromTests = parseTestFiles(ctx, path, mcp === 'missing' ? new Set() : mcp.names);
  for (const api of apis) {
    const extra = fromTests.get(api.name);
    if (extra) api.examples = [...api.examples, ...extra];
  }
  const skillComponents = mcp === 'missing' ? [] : mcp.components;
  // a card path may name the folder (`components/card`) of an `index` component
  const load = (reference: string): string => {
    const base = components.resolve(`/${reference}`, path);
    if (base) components.load(base);
    return base ?? reference;
  };
  for (const component of skillComponents) component.path = load(component.path);
  for (const api of apis) if (api.componentPath !== undefined) api.componentPath = load(api.componentPath);
  return {
    name: declared.name,
    description: declared.description,
    path,
    skillMd,
    frontMatter,
    apis,
    components: skillComponents,
    mcpJsonCompactBytes: mcp === 'missing' ? 0 : mcp.compactBytes,
    entry: `${path}/index.js`,
  };
}
