/** Caps that keep a hostile or broken archive from exhausting the hub's memory. */
export const PACKAGE_LIMITS = {
  /** Sum of all unpacked file sizes. */
  maxUnpackedBytes: 50 * 1024 * 1024,
  /** Size of the archive file itself. */
  maxArchiveBytes: 50 * 1024 * 1024,
  maxFiles: 5_000,
} as const;

export type PackageLimits = { maxUnpackedBytes: number; maxArchiveBytes: number; maxFiles: number };
