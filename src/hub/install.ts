import { basename } from 'node:path';
import { AgentOsError } from '../core/index.ts';
import { loadPackage, renderProblem, type MiniProgramPackage } from '../package/index.ts';
import type { ReviewReport } from '../review/index.ts';
import type { Catalog, VersionRecord } from '../catalog/index.ts';
import type { Runtime, SandboxLimits } from '../runtime/index.ts';
import type { Clock } from '../core/index.ts';
import { automaticReview } from './automatic-review.ts';
import { reviewInSandbox } from './review-deps.ts';

export interface InstallResult {
  record: VersionRecord;
  created: boolean;
  report: ReviewReport;
}

/** The id a package installs under: `--id`, else project.config.json's appid, else its folder name. */
export function packageId(pkg: MiniProgramPackage, explicit?: string): string {
  return explicit ?? pkg.appId ?? basename(pkg.sourceName);
}

/** What install needs of the hub; `config` gives the sandbox limits review runs under. */
export interface InstallDeps {
  catalog: Catalog;
  runtime: Runtime;
  config?: { sandbox: SandboxLimits; clock?: Clock };
}

const REVIEW_LIMITS: SandboxLimits = { memoryLimitBytes: 64 * 1024 * 1024, timeLimitMs: 10_000 };

/** Where an install is: each contract-run example as it finishes. */
export type InstallProgress = (done: number, total: number, label: string) => void;

/** Loads a package, stores it as a pending version and runs the automatic review on it. */
export async function installPackage(
  deps: InstallDeps,
  source: string,
  options: InstallOptions = {},
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

/** `auto`: turn automatic mode on for this mini-program (its pages become tools once a version is approved). */
export interface InstallOptions {
  id?: string;
  onProgress?: InstallProgress;
  auto?: boolean;
}

/**
 * Stores a loaded package as a pending version after its automatic review (the same one
 * `agentos lint` runs). The report carries what automatic mode derives from the version, so the
 * person who approves it sees (and approves) those tools too.
 */
export async function installLoaded(deps: InstallDeps, pkg: MiniProgramPackage, options: InstallOptions = {}): Promise<InstallResult> {
  const appId = packageId(pkg, options.id);
  const scoped = { ...pkg, appId };
  const reviewed = await reviewInSandbox(scoped, deps.config?.sandbox ?? REVIEW_LIMITS, deps.config?.clock, options.onProgress);
  const report: ReviewReport = { ...reviewed, automatic: automaticReview(scoped) };
  const { record, created } = await deps.catalog.install(appId, scoped);
  await deps.catalog.saveReview(appId, record.version, report);
  if (options.auto !== undefined) await deps.catalog.setAutomaticMode(appId, options.auto);
  return { record: { ...record, review: report }, created, report };
}
