import { loadPackage, type Problem } from '../package/index.ts';
import { lintPackage } from './lint.ts';

/**
 * Loads a folder or archive and lints it: the load problems when it does not load, else the
 * lint problems. What `agentos lint <path>` prints.
 */
export async function lintSource(source: string): Promise<{ problems: Problem[]; loaded: boolean }> {
  const loaded = await loadPackage(source);
  if (!loaded.ok) return { problems: loaded.error, loaded: false };
  return { problems: lintPackage(loaded.value), loaded: true };
}
