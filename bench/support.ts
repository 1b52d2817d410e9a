import os from 'node:os';

/** p50 / p95 of a list of milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

export async function timeIt(runs: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

/**
 * CPU time per run, every thread of the process (the sandbox's included): on a shared machine
 * the wall-clock figure grows with the load average, this one much less.
 */
export async function cpuPerRun(runs: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) await fn(i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
}

/** The conditions every figure is printed with. */
export function machine(): string {
  return `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`;
}

export const ms = (v: number) => `${v.toFixed(3)} ms`;
