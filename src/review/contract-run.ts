import { bilingual, type ApiDeclaration, type ApiExample, type SkillSource } from '../package/index.ts';
import { mcpFile, type LintContext } from './lint-context.ts';
import { exampleFailed, subsetMismatch } from './rules/contract.ts';
import { factAction, factActionIssue } from './rules/fact-action.ts';
import { findImageUrls, IMAGE_FIX, imageInStructured } from './rules/image-in-structured.ts';
import { compileSchema, describeErrors } from './schema.ts';
import type { ApiEnvelope, ContractResult, ReviewDeps } from './types.ts';

function contentText(envelope: ApiEnvelope): string {
  return (Array.isArray(envelope.content) ? envelope.content : [])
    .map((part) => (part && typeof part.text === 'string' ? part.text : ''))
    .join('\n');
}

/** Why an example's result breaks its contract, or undefined when it keeps it. */
function contractError(api: ApiDeclaration, example: ApiExample, envelope: ApiEnvelope): string | undefined {
  const expectedError = example.expect?.isError ?? false;
  if (envelope.isError !== expectedError) {
    const text = contentText(envelope).slice(0, 200);
    return `isError is ${envelope.isError}, expected ${expectedError}${text ? `: "${text}"` : ''}`;
  }
  if (example.expect?.structuredContent) {
    const mismatch = subsetMismatch(example.expect.structuredContent, envelope.structuredContent);
    if (mismatch) return mismatch;
  }
  if (!envelope.isError && api.outputSchema && envelope.structuredContent !== undefined) {
    const validate = compileSchema(api.outputSchema);
    if (typeof validate !== 'string' && !validate(envelope.structuredContent)) {
      return `structuredContent does not match outputSchema: ${describeErrors(validate.errors)}`;
    }
  }
  return undefined;
}

async function runOne(deps: ReviewDeps, ctx: LintContext, skill: SkillSource, api: ApiDeclaration, example: ApiExample): Promise<{ error?: string; envelope?: ApiEnvelope }> {
  const validate = compileSchema(api.inputSchema);
  if (typeof validate !== 'string' && !validate(example.arguments)) {
    return { error: `the example's arguments do not match inputSchema: ${describeErrors(validate.errors)}` };
  }
  try {
    const outcome = await deps.runExample(ctx.pkg, skill.path, api.name, example);
    if (!outcome.ok) return { error: outcome.error };
    return { envelope: outcome.envelope, error: contractError(api, example, outcome.envelope) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Calls every example of every API and checks its result; feeds each result to the
 * content rules (bp/fact-action, bp/image-in-structured), reported once per API.
 */
export async function runContract(deps: ReviewDeps, ctx: LintContext, unloaded: Set<string>): Promise<ContractResult[]> {
  const results: ContractResult[] = [];
  for (const skill of ctx.pkg.skills) {
    for (const [index, api] of skill.apis.entries()) {
      const flagged = new Set<string>();
      for (const [number, example] of api.examples.entries()) {
        const label = example.name ?? `example ${number + 1}`;
        const run = unloaded.has(skill.name) ? { error: 'the skill did not load (see skill/entry-load)' } : await runOne(deps, ctx, skill, api, example);
        const result: ContractResult = { skill: skill.name, api: api.name, example: label, pass: run.error === undefined };
        if (run.error !== undefined) {
          result.error = run.error;
          ctx.report(exampleFailed, {
            file: mcpFile(skill),
            field: `apis[${index}]`,
            message: bilingual(`The example "${label}" of "${api.name}" failed: ${run.error}.`, `接口 "${api.name}" 的示例「${label}」未通过。`),
            fix: bilingual('fix the API or the example (its arguments and expect) so that they agree.', '请修正接口实现或示例（arguments 与 expect），使二者一致。'),
          });
        }
        results.push(result);
        if (!run.envelope) continue;
        const issue = factActionIssue(contentText(run.envelope));
        if (issue && !flagged.has(factAction.id)) {
          flagged.add(factAction.id);
          ctx.report(factAction, { file: mcpFile(skill), field: `apis[${index}]`, message: `${api.name} (${label}): ${issue.message}`, fix: issue.fix });
        }
        const images = run.envelope.isError ? [] : findImageUrls(run.envelope.structuredContent);
        if (images.length > 0 && !flagged.has(imageInStructured.id)) {
          flagged.add(imageInStructured.id);
          ctx.report(imageInStructured, {
            file: mcpFile(skill),
            field: `apis[${index}]`,
            message: bilingual(`${api.name} (${label}) returned image URLs in ${images.join(', ')}, which the model reads.`, `接口 ${api.name} 在 structuredContent 中返回了图片地址（${images.join('、')}），模型会读到它们。`),
            fix: IMAGE_FIX,
          });
        }
      }
    }
  }
  return results;
}
