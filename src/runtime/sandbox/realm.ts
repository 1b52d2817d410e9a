import { readFileSync } from 'node:fs';
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten';
import type { SandboxLimits } from '../types.ts';
import type { HostBridge } from './host-bridge.ts';
import { quickJs } from './quickjs.ts';

const PRELUDE = readFileSync(new URL('./prelude.js', import.meta.url), 'utf8');
const PRELUDE_PAGES = readFileSync(new URL('./prelude-pages.js', import.meta.url), 'utf8');

/** How a realm call ended, from the host's side. */
export type RealmOutcome =
  | { ok: true; json: string }
  | { ok: false; error: string; kind: 'thrown' | 'timeout' | 'memory' | 'internal' };

/**
 * One QuickJS runtime + context for one mini-program (and one user): the only place
 * third-party code runs. Memory and time are limited per call; a realm that hit a limit
 * is poisoned and must be disposed.
 */
export class Realm {
  #runtime: QuickJSRuntime;
  #vm: QuickJSContext;
  #bridge: HostBridge | undefined;
  #deadline = Number.POSITIVE_INFINITY;
  #pending = new Set<{ dispose(): void }>();
  poisoned = false;

  private constructor(runtime: QuickJSRuntime, vm: QuickJSContext) {
    this.#runtime = runtime;
    this.#vm = vm;
  }

  static async create(limits: SandboxLimits): Promise<Realm> {
    const module = await quickJs();
    const runtime = module.newRuntime();
    runtime.setMemoryLimit(limits.memoryLimitBytes);
    runtime.setMaxStackSize(1024 * 1024);
    const realm = new Realm(runtime, runtime.newContext());
    runtime.setInterruptHandler(() => Date.now() > realm.#deadline);
    realm.#install();
    return realm;
  }

  #install(): void {
    const vm = this.#vm;
    const hostSync = vm.newFunction('hostSync', (opH, argsH) => {
      const op = vm.getString(opH);
      try {
        const value = this.#need().sync(op, JSON.parse(vm.getString(argsH)));
        return vm.newString(JSON.stringify({ ok: true, value: value ?? null }));
      } catch (error) {
        return vm.newString(JSON.stringify({ ok: false, error: errorText(error) }));
      }
    });
    const hostAsync = vm.newFunction('hostAsync', (opH, argsH) => {
      const op = vm.getString(opH);
      const args = JSON.parse(vm.getString(argsH)) as unknown;
      const deferred = vm.newPromise();
      this.#pending.add(deferred);
      const settle = (payload: string) => {
        if (!deferred.alive) return;
        const text = vm.newString(payload);
        deferred.resolve(text);
        text.dispose();
        this.#pending.delete(deferred);
        deferred.dispose();
        this.#runtime.executePendingJobs();
      };
      this.#need()
        .async(op, args)
        .then(
          (value) => settle(JSON.stringify({ ok: true, value: value ?? null })),
          (error) => settle(JSON.stringify({ ok: false, error: errorText(error) })),
        );
      return deferred.handle;
    });
    const hostCompile = vm.newFunction('hostCompile', (pathH) => {
      const source = this.#need().source(vm.getString(pathH));
      if (!source) return vm.undefined;
      const result = vm.newObject();
      vm.newString(source.path).consume((h) => vm.setProp(result, 'path', h));
      if (source.json !== undefined) {
        vm.newString(source.json).consume((h) => vm.setProp(result, 'json', h));
      } else {
        const wrapped = `(function (module, exports, require, wx) {${source.code ?? ''}\n})`;
        const fn = vm.evalCode(wrapped, source.path);
        if (fn.error) {
          const message = errorText(vm.dump(fn.error));
          fn.error.dispose();
          result.dispose();
          throw new Error(`${source.path}: ${message}`);
        }
        vm.setProp(result, 'fn', fn.value);
        fn.value.dispose();
      }
      return result;
    });
    const preludeFn = vm.unwrapResult(vm.evalCode(PRELUDE, 'agentos-prelude.js'));
    const internal = vm.unwrapResult(vm.callFunction(preludeFn, vm.undefined, hostSync, hostAsync, hostCompile));
    for (const h of [preludeFn, hostSync, hostAsync, hostCompile]) h.dispose();
    // The page part gets the internals directly: they never sit on a global mini-program code could read.
    const pagesFn = vm.unwrapResult(vm.evalCode(PRELUDE_PAGES, 'agentos-prelude-pages.js'));
    const done = vm.callFunction(pagesFn, vm.undefined, internal);
    for (const h of [pagesFn, internal]) h.dispose();
    vm.unwrapResult(done).dispose();
  }

  /** True while a call runs in this realm. */
  get busy(): boolean {
    return this.#bridge !== undefined;
  }

  #need(): HostBridge {
    if (!this.#bridge) throw new Error('no call in progress');
    return this.#bridge;
  }

  /**
   * Evaluates `expression` (which must produce a string or a promise of one) with `bridge`
   * serving host calls, within the time limit.
   */
  async run(expression: string, bridge: HostBridge, timeLimitMs: number): Promise<RealmOutcome> {
    return this.#settle(bridge, timeLimitMs, () => this.#vm.evalCode(expression, 'agentos-call.js'));
  }

  /**
   * Calls `__agentos[name](...args)` with string arguments: the hot path of an API call,
   * with no source text to parse.
   */
  async invoke(name: string, args: string[], bridge: HostBridge, timeLimitMs: number): Promise<RealmOutcome> {
    return this.#settle(bridge, timeLimitMs, () => {
      const vm = this.#vm;
      const entry = vm.getProp(vm.global, '__agentos');
      const fn = vm.getProp(entry, name);
      const handles = args.map((a) => vm.newString(a));
      try {
        return vm.callFunction(fn, entry, ...handles);
      } finally {
        for (const h of [entry, fn, ...handles]) h.dispose();
      }
    });
  }

  /** Starts the work, then waits for the promise it returns within the time limit. */
  async #settle(bridge: HostBridge, timeLimitMs: number, start: () => ReturnType<QuickJSContext['evalCode']>): Promise<RealmOutcome> {
    if (this.poisoned) return { ok: false, error: 'realm is disposed', kind: 'internal' };
    this.#bridge = bridge;
    this.#deadline = Date.now() + timeLimitMs;
    let timer: NodeJS.Timeout | undefined;
    try {
      const evaluated = start();
      if (evaluated.error) return this.#failure(evaluated.error);
      const handle = evaluated.value;
      const native = this.#vm.resolvePromise(handle);
      handle.dispose();
      this.#runtime.executePendingJobs();
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), Math.max(0, this.#deadline - Date.now()));
      });
      const settled = await Promise.race([native, timeout]);
      if (settled === 'timeout') {
        this.poisoned = true;
        return { ok: false, error: `the call did not finish within ${timeLimitMs} ms`, kind: 'timeout' };
      }
      if (settled.error) return this.#failure(settled.error);
      const text = this.#vm.getString(settled.value);
      settled.value.dispose();
      return { ok: true, json: text };
    } catch (error) {
      this.poisoned = true;
      return { ok: false, error: errorText(error), kind: 'internal' };
    } finally {
      clearTimeout(timer);
      this.#deadline = Number.POSITIVE_INFINITY;
      this.#bridge = undefined;
    }
  }

  #failure(errorHandle: QuickJSHandle): RealmOutcome {
    const dumped = this.#vm.dump(errorHandle) as unknown;
    errorHandle.dispose();
    const text = errorText(dumped);
    if (/interrupted/i.test(text)) {
      this.poisoned = true;
      return { ok: false, error: 'the call ran past its time limit and was stopped', kind: 'timeout' };
    }
    if (/out of memory|stack overflow/i.test(text)) {
      this.poisoned = true;
      return { ok: false, error: `the call ran out of memory (${text})`, kind: 'memory' };
    }
    return { ok: false, error: text, kind: 'thrown' };
  }

  dispose(): void {
    this.poisoned = true;
    for (const d of this.#pending) {
      try {
        d.dispose();
      } catch {
        /* already gone */
      }
    }
    this.#pending.clear();
    try {
      this.#vm.dispose();
      this.#runtime.dispose();
    } catch {
      // A realm stopped mid-call can hold handles QuickJS refuses to free; drop it and let GC take the WASM memory.
    }
  }
}

function errorText(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { errMsg?: unknown; message?: unknown; name?: unknown; stack?: unknown };
    if (typeof e.errMsg === 'string') return e.errMsg;
    if (typeof e.message === 'string') return (e.name && e.name !== 'Error' ? `${String(e.name)}: ${e.message}` : e.message) + (e.name === 'InternalError' ? '' : sourceLocation(e.stack));
  }
  return String(error);
}

/** ` (at pages/a/a.js:12:5)`: where in the package's own code an error was thrown, from its stack. */
export function sourceLocation(stack: unknown): string {
  if (typeof stack !== 'string') return '';
  const frame = /\(([^()\s]+\.js):(\d+)(?::(\d+))?\)/.exec(stack.split('\n').find((line) => !/agentos-/.test(line) && /\.js:\d/.test(line)) ?? '');
  return frame ? ` (at ${frame[1]}:${frame[2]}${frame[3] ? `:${frame[3]}` : ''})` : '';
}
