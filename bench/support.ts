import os from 'node:os';
import { readFileSync } from 'node:fs';
import type { Store } from '../src/store/index.ts';

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

/**
 * The store with a count of the statements that reach it (transactions count once): the hot
 * paths' cost in statements, a figure the machine's load does not move.
 */
export function countingStore<S extends Store>(store: S): S & { statements: number } {
  const counted = { statements: 0 };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'statements') return counted.statements;
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'query' || property === 'transaction') {
        return (...args: unknown[]) => (counted.statements++, (value as (...a: unknown[]) => unknown).apply(target, args));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as S & { statements: number };
}

/** CPU time of the process's main thread so far, in ms (Linux; undefined elsewhere): what the event loop itself spent. */
export function mainThreadCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
  } catch {
    return undefined;
  }
}
