import { isRecord, pick, type LoadContext } from './load-context.ts';
import { normalizePath } from './paths.ts';
import { pagePathOf } from './parse-app-json.ts';
import { bilingual } from './problem.ts';
import type { AppJson, JsonSchema, PageMetaEntry } from './types.ts';

/** A file named by app.json (AGENTS.md, page-meta.json) that must then exist. */
export function declaredFile(ctx: LoadContext, written: string, field: string): string | undefined {
  const path = normalizePath(written);
  if (ctx.has(path)) return path;
  ctx.error(
    'package/app-json',
    bilingual(`app.json "${field}" names "${written}", which is not in the package.`, `app.json 的 "${field}" 指向的 "${written}" 不在包中。`),
    bilingual(`add ${path}, or remove "${field}".`, `请补上 ${path}，或删除 "${field}"。`),
    { file: 'app.json', field },
  );
  return undefined;
}

/** page-meta.json (`agent.pageMetadata`, or `pageMetadata` at the top level): pages the AI may link to. */
export function parsePageMeta(ctx: LoadContext, app: AppJson): PageMetaEntry[] {
  const written = app.agent?.pageMetadata ?? app.pageMetadata;
  if (written === undefined) return [];
  const file = declaredFile(ctx, written, app.agent?.pageMetadata !== undefined ? 'agent.pageMetadata' : 'pageMetadata');
  if (file === undefined) return [];
  const parsed = ctx.json(file);
  if (parsed.state !== 'ok') return [];
  const list = Array.isArray(parsed.value) ? parsed.value : isRecord(parsed.value) ? parsed.value.pages : undefined;
  if (!Array.isArray(list)) {
    ctx.error('package/json-shape', bilingual(`${file} must hold { "pages": [ … ] }.`, `${file} 必须是 { "pages": [ … ] }。`), bilingual('list the pages as { "pages": [ { "path": "pages/detail/detail", "description": "…" } ] }.', '请写成 { "pages": [ { "path": "pages/detail/detail", "description": "…" } ] }。'), { file });
    return [];
  }
  const entries: PageMetaEntry[] = [];
  list.forEach((item, index) => {
    const field = Array.isArray(parsed.value) ? `[${index}]` : `pages[${index}]`;
    if (!isRecord(item) || typeof item.path !== 'string') {
      ctx.error('package/json-shape', bilingual(`${field} of ${file} needs a string "path".`, `${file} 的 ${field} 需要字符串 "path"。`), bilingual('give each entry "path": "pages/<name>/<name>".', '请为每项填写 "path": "pages/<名称>/<名称>"。'), { file, field });
      return;
    }
    const entry: PageMetaEntry = { path: pagePathOf(item.path) };
    if (typeof item.name === 'string') entry.name = item.name;
    if (typeof item.description === 'string') entry.description = item.description;
    const query = pick(item, 'query', 'querySchema');
    if (isRecord(query)) entry.querySchema = query as JsonSchema;
    entries.push(entry);
  });
  return entries;
}
