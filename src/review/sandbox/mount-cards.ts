import { bilingual, type ApiDeclaration, type SkillSource } from '../../package/index.ts';
import { mcpFile, type LintContext } from '../lint-context.ts';
import { cardMount } from '../rules/render.ts';
import type { ApiEnvelope, ReviewDeps } from '../types.ts';
import { errorLocation } from './source-location.ts';

/** An example's successful result, for mounting the API's card. */
export interface ExampleResult {
  skill: SkillSource;
  api: ApiDeclaration;
  index: number;
  label: string;
  envelope: ApiEnvelope;
}

/** The JS file of a card (`x` names `x.js` or `x/index.js`), for a finding without a line. */
function cardScript(ctx: LintContext, componentPath: string): string {
  const base = componentPath.replace(/^\.?\/+/, '').replace(/\.(wxml|js|json)$/, '');
  return [`${base}.js`, `${base}/index.js`, `${base}.wxml`].find((file) => ctx.has(file)) ?? `${base}.js`;
}

/**
 * Mounts every card with each of its API's successful example results, as a chat would show
 * it: a card whose script or template throws is a `review/card-mount` error at its file and line.
 */
export async function mountCards(deps: ReviewDeps, ctx: LintContext, results: ExampleResult[]): Promise<void> {
  if (!deps.renderCard) return;
  const failed = new Set<string>();
  for (const { skill, api, index, label, envelope } of results) {
    const path = api.componentPath;
    if (!path || envelope.isError || failed.has(path)) continue;
    let error: string | undefined;
    try {
      await deps.renderCard(ctx.pkg, path, envelope);
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    if (error === undefined) continue;
    failed.add(path);
    const at = errorLocation(ctx.pkg.files, error);
    ctx.report(cardMount, {
      file: at?.file ?? cardScript(ctx, path),
      ...(at ? { line: at.line } : {}),
      message: bilingual(`The card ${path} of "${api.name}" throws when it shows the result of "${label}": ${error}.`, `接口 "${api.name}" 的卡片 ${path} 在展示示例「${label}」的结果时出错。`),
      fix: bilingual(`make the card handle that result (see ${mcpFile(skill)} apis[${index}]); a card that throws shows the user nothing.`, '请让卡片能处理该结果；卡片出错时用户什么也看不到。'),
    });
  }
}
