import { AgentOsError } from '../core/index.ts';
import { decide, installPackage, type Hub } from '../hub/index.ts';
import { loadPackage } from '../package/index.ts';

/**
 * Installs a developer's own packages into the eval hub beside the sample ecosystem, and
 * approves them there (only there: the eval hub is thrown away). A package that fails its
 * automatic review cannot be approved, so the evaluation stops with the review's problems.
 */
export async function installExtraPackages(hub: Hub, dirs: string[]): Promise<string[]> {
  const installed: string[] = [];
  for (const dir of dirs) {
    // A package with pages only is what automatic mode is for: evaluated with it on, as the samples are.
    const loaded = await loadPackage(dir);
    const { record, report } = await installPackage(hub, dir, { auto: loaded.ok && loaded.value.skills.length === 0 });
    if (!report.passed) {
      const problems = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file ?? ''} ${p.message}`.trim());
      const failed = report.contract.filter((c) => !c.pass).map((c) => `contract run of ${c.api}: ${c.error ?? 'failed'}`);
      throw new AgentOsError('INVALID_PACKAGE', `${dir} did not pass the automatic review, so it cannot be evaluated:\\n${[...problems, ...failed].join('\\n')}`, {
        where: dir, fix: 'run agentos review on the package and fix what it lists', problems: report.problems,
      });
    }
    if (record.status !== 'approved') await decide(hub, `${record.appId}@${record.version}`, 'approve', 'evaluated with agentos eval --package', 'agentos-eval');
    installed.push(record.appId);
  }
  return installed;
}
