import { bilingual, type ApiDeclaration, type ApiExample, type SkillSource } from '../package/index.ts';
import { mcpFile, type LintContext } from './lint-context.ts';
import { exampleFailed, outputSchemaMismatch, subsetMismatch } from './rules/contract.ts';
import type { ExampleResult } from './sandbox/mount-cards.ts';
import { factAction, factActionIssue } from './rules/fact-action.ts';
import { findImageUrls, IMAGE_FIX, imageInStructured } from './rules/image-in-structured.ts';
import { compileSchema, describeErrors } from './schema.ts';
import type { ApiEnvelope, ContractResult, ReviewDeps } from './types.ts';
import { namesInResult } from './result-names.ts';

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
  return undefined;
}

/**
 * Why a result's structuredContent does not match the API's outputSchema: a warning, as on
 * WeChat (the result still reaches the user; the runtime logs the same mismatch).
 */
function outputMismatch(api: ApiDeclaration, envelope: ApiEnvelope): string | undefined {
  if (envelope.isError || !api.outputSchema || envelope.structuredContent === undefined) return undefined;
  const validate = compileSchema(api.outputSchema);
  if (typeof validate === 'string' || validate(envelope.structuredContent)) return undefined;
  return describeErrors(validate.errors);
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
 * content rules (bp/fact-action, bp/image-in-structured, contract/output-schema), reported once
 * per API. Returns the results and the successful envelopes (for mounting cards).
 */
export async function runContract(deps: ReviewDeps, ctx: LintContext, unloaded: Set<string>): Promise<{ results: ContractResult[]; succeeded: ExampleResult[] }> {
  const results: ContractResult[] = [];
  const succeeded: ExampleResult[] = [];
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
        if (run.error === undefined && run.envelope && !run.envelope.isError) {
          const names = namesInResult(run.envelope.structuredContent);
          if (names.length) result.names = names;
        }
        results.push(result);
        if (!run.envelope) continue;
        if (run.error === undefined) succeeded.push({ skill, api, index, label, envelope: run.envelope });
        const mismatch = outputMismatch(api, run.envelope);
        if (mismatch && !flagged.has(outputSchemaMismatch.id)) {
          flagged.add(outputSchemaMismatch.id);
          ctx.report(outputSchemaMismatch, {
            file: mcpFile(skill),
            field: `apis[${index}].outputSchema`,
            message: bilingual(`${api.name} (${label}) returned structuredContent that does not match its outputSchema: ${mismatch}.`, `接口 ${api.name}（示例「${label}」）返回的 structuredContent 与 outputSchema 不符：${mismatch}。`),
            fix: bilingual('make the result and the outputSchema agree (an optional field that can be null needs "type": ["string", "null"]).', '请让返回值与 outputSchema 一致（可能为 null 的可选字段应写 "type": ["string", "null"]）。'),
          });
        }
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
  return { results, succeeded };
}
