import { bilingual } from '../../package/index.ts';
import type { LintContext } from '../lint-context.ts';
import { pageOpen } from '../rules/render.ts';
import type { ReviewDeps } from '../types.ts';
import { errorLocation } from './source-location.ts';

/** The cause of a failure without the page it happened on (`pages/a/a onLoad: x` and `pages/b/b onLoad: x` differ; `app.js onLaunch: x` does not). */
function causeOf(error: string, page: string): string {
  return error.split('\n')[0]?.replace(page, '<page>') ?? error;
}

/**
 * Opens every page of app.json once, as a person arriving on it would (no query): a page whose
 * script throws while it loads is a `review/page-open` error at its file and line. Pages that
 * fail for one shared cause (app.js failing at launch, a shared module) are reported once.
 */
export async function openPages(deps: ReviewDeps, ctx: LintContext): Promise<void> {
  if (!deps.openPage) return;
  const failures = new Map<string, { page: string; error: string; others: string[] }>();
  for (const page of ctx.pkg.pages) {
    const opened = await deps.openPage(ctx.pkg, page.path);
    if (opened.ok) continue;
    const at = errorLocation(ctx.pkg.files, opened.error);
    const shared = at && !at.file.startsWith(`${page.path}.`) ? `${at.file}:${at.line} ${causeOf(opened.error, page.path)}` : `${page.path} ${opened.error}`;
    const known = failures.get(shared);
    if (known) known.others.push(page.path);
    else failures.set(shared, { page: page.path, error: opened.error, others: [] });
  }
  for (const { page, error, others } of failures.values()) {
    const at = errorLocation(ctx.pkg.files, error);
    const file = at?.file ?? (ctx.has(`${page}.js`) ? `${page}.js` : `${page}.wxml`);
    const also = others.length > 0 ? ` ${others.length} other page(s) fail the same way (${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''}).` : '';
    const alsoZh = others.length > 0 ? `另有 ${others.length} 个页面因同一原因失败。` : '';
    ctx.report(pageOpen, {
      file,
      ...(at ? { line: at.line } : {}),
      message: bilingual(`The page ${page} fails when it opens: ${error.split('\n')[0]}.${also}`, `页面 ${page} 打开时出错。${alsoZh}`),
      fix: bilingual('make the page load without a query and without network answers (check what onLoad reads before using it).', '请让页面在没有参数、没有网络返回时也能加载（onLoad 使用数据前先检查）。'),
    });
  }
}
