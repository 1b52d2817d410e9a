import type { Clock } from '../core/index.ts';
import type { MiniProgramPackage } from '../package/index.ts';
import { reviewPackage, type ReviewReport } from '../review/index.ts';
import { ReviewSandbox, type ApiEnvelope, type SandboxLimits } from '../runtime/index.ts';

/**
 * The automatic review of one package, run in a sandbox of its own (src/runtime/review-sandbox):
 * install and `agentos lint` both come here, so both report the same findings.
 */
export async function reviewInSandbox(pkg: MiniProgramPackage, limits: SandboxLimits, clock?: Clock): Promise<ReviewReport> {
  const sandbox = new ReviewSandbox(pkg, limits, clock);
  try {
    return await reviewPackage(pkg, {
      inspectSkills: () => sandbox.inspectSkills(),
      runExample: (_pkg, skill, api, example) => sandbox.runExample(skill, api, example),
      // the result is the runtime's own envelope from runExample, seen through review's narrower type
      renderCard: (_pkg, componentPath, result) => sandbox.renderCard(componentPath, result as ApiEnvelope),
      openPage: (_pkg, path) => sandbox.openPage(path),
    });
  } finally {
    sandbox.dispose();
  }
}
