import { hashValue } from '../core/index.ts';
import type { PackageFiles } from './types.ts';

/** sha256 over the files in canonical order: the same files always give the same version hash. */
export function packageHash(files: PackageFiles): string {
  return hashValue(files);
}
