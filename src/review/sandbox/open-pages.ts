import { bilingual } from '../../package/index.ts';
import type { LintContext } from '../lint-context.ts';
import { pageOpen } from '../rules/render.ts';
import type { ReviewDeps } from '../types.ts';
import { errorLocation } from './source-location.ts';

/**
 * Opens every page of app.json once, as a person arriving on it would (no query): a page whose
 * script throws while it loads is a `review/page-open` error at its file and line.
 */
export async function openPages(deps: ReviewDeps, ctx: LintContext): Promise<void> {
  if (!deps.openPage) return;
  for (const page of ctx.pkg.pages) {
    const opened = await deps.openPage(ctx.pkg, page.path);
    if (opened.ok) continue;
    const at = errorLocation(ctx.pkg.files, opened.error);
    const file = at?.file ?? (ctx.has(`${page.path}.js`) ? `${page.path}.js` : `${page.path}.wxml`);
    ctx.report(pageOpen, {
      file,
      ...(at ? { line: at.line } : {}),
      message: bilingual(`The page ${page.path} fails when it opens: ${opened.error.split('\n')[0]}.`, `页面 ${page.path} 打开时出错。`),
      fix: bilingual('make the page load without a query and without network answers (check what onLoad reads before using it).', '请让页面在没有参数、没有网络返回时也能加载（onLoad 使用数据前先检查）。'),
    });
  }
}
