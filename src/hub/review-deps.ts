import type { Clock } from '../core/index.ts';
import type { MiniProgramPackage } from '../package/index.ts';
import { reviewPackage, reviewRuns, VOCABULARY_RUN, type ReviewReport } from '../review/index.ts';
import { ReviewSandbox, type ApiEnvelope, type SandboxLimits } from '../runtime/index.ts';

/**
 * The automatic review of one package, run in a sandbox of its own (src/runtime/review-sandbox):
 * install and `agentos lint` both come here, so both report the same findings.
 */
export async function reviewInSandbox(pkg: MiniProgramPackage, limits: SandboxLimits, clock?: Clock, onProgress?: (done: number, total: number, label: string) => void): Promise<ReviewReport> {
  const sandbox = new ReviewSandbox(pkg, limits, clock);
  const total = reviewRuns(pkg);
  let done = 0;
  const name = pkg.appId ?? pkg.sourceName;
  onProgress?.(0, total, `${name}: inspecting`);
  try {
    const report = await reviewPackage(pkg, {
      inspectSkills: () => sandbox.inspectSkills(),
      runExample: async (_pkg, skill, api, example) => {
        try {
          return await sandbox.runExample(skill, api, example);
        } finally {
          onProgress?.(++done, total, `${name}: ${example.name === VOCABULARY_RUN ? 'listing' : 'contract run'} ${api}`);
        }
      },
      // the result is the runtime's own envelope from runExample, seen through review's narrower type
      renderCard: (_pkg, componentPath, result) => sandbox.renderCard(componentPath, result as ApiEnvelope),
      openPage: (_pkg, path) => sandbox.openPage(path),
    });
    // a skill that failed to load made none of its runs: the count still ends at the total
    if (done < total) onProgress?.(total, total, `${name}: reviewed`);
    return report;
  } finally {
    sandbox.dispose();
  }
}
