/** n choose k, exactly for the small numbers an evaluation uses. */
function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** τ-bench's pass^k: the mean over scenarios of C(c, k) / C(n, k), c passes in n runs. */
export function passHatK(runs: { passes: number; trials: number }[], k: number): number {
  if (!runs.length) return 0;
  return runs.reduce((sum, r) => sum + choose(r.passes, k) / choose(r.trials, k), 0) / runs.length;
}
