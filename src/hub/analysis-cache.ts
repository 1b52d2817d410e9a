import { analyzePackage, type Analysis } from '../analyzer/index.ts';
import type { MiniProgramPackage } from '../package/index.ts';

/** Versions whose analysis is kept: a version's files never change, so neither does what it derives. */
const KEPT = 32;
const analyses = new Map<string, Analysis>();

/**
 * Automatic mode's analysis of a version, read once per process: install's review and the live
 * tools (of every hub in the process, e.g. each eval scenario's) share it. Keyed by the files'
 * content hash and the id the version was installed under. The analysis is shared: read only.
 */
export function analysisOf(pkg: MiniProgramPackage): Analysis {
  if (!pkg.hash) return analyzePackage(pkg);
  const key = `${pkg.hash}\u0000${pkg.appId ?? ''}\u0000${pkg.displayName}`;
  const kept = analyses.get(key);
  if (kept) {
    analyses.delete(key);
    analyses.set(key, kept);
    return kept;
  }
  const analysis = analyzePackage(pkg);
  analyses.set(key, analysis);
  while (analyses.size > KEPT) analyses.delete(analyses.keys().next().value as string);
  return analysis;
}
