import { basename } from 'node:path';
import { AgentOsError } from '../core/index.ts';
import { loadPackage, renderProblem, type MiniProgramPackage } from '../package/index.ts';
import { reviewPackage, type ReviewReport } from '../review/index.ts';
import type { Catalog, VersionRecord } from '../catalog/index.ts';
import type { Runtime } from '../runtime/index.ts';

export interface InstallResult {
  record: VersionRecord;
  created: boolean;
  report: ReviewReport;
}

/** The id a package installs under: `--id`, else project.config.json's appid, else its folder name. */
export function packageId(pkg: MiniProgramPackage, explicit?: string): string {
  return explicit ?? pkg.appId ?? basename(pkg.sourceName);
}

/** Loads a package, stores it as a pending version and runs the automatic review on it. */
/** Where an install is: each contract-run example as it finishes. */
export type InstallProgress = (done: number, total: number, label: string) => void;

export async function installPackage(
  deps: { catalog: Catalog; runtime: Runtime },
  source: string,
  options: { id?: string; onProgress?: InstallProgress } = {},
): Promise<InstallResult> {
  const loaded = await loadPackage(source);
  if (!loaded.ok) {
    throw new AgentOsError('INVALID_PACKAGE', `${source} is not a valid mini-program package:\n${loaded.error.map(renderProblem).join('\n')}`, {
      where: source,
      fix: 'fix the problems listed, then install again (agentos lint shows them all)',
      problems: loaded.error,
    });
  }
  return installLoaded(deps, loaded.value, options);
}

export async function installLoaded(
  deps: { catalog: Catalog; runtime: Runtime },
  pkg: MiniProgramPackage,
  options: { id?: string; onProgress?: InstallProgress } = {},
): Promise<InstallResult> {
  const appId = packageId(pkg, options.id);
  const scoped = { ...pkg, appId };
  const total = pkg.skills.reduce((n, skill) => n + skill.apis.reduce((m, api) => m + api.examples.length, 0), 0);
  let done = 0;
  options.onProgress?.(0, total, `${appId}: inspecting`);
  const report = await reviewPackage(scoped, {
    inspectSkills: (p) => deps.runtime.inspectSkills(p),
    runExample: async (p, skill, api, example) => {
      try {
        return await deps.runtime.runExample(p, skill, api, example);
      } finally {
        options.onProgress?.(++done, total, `${appId}: contract run ${api}`);
      }
    },
  });
  const { record, created } = await deps.catalog.install(appId, scoped);
  await deps.catalog.saveReview(appId, record.version, report);
  return { record: { ...record, review: report }, created, report };
}
