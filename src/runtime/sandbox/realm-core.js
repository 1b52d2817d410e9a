// One QuickJS runtime + context for one mini-program (and one user): the only place third-party
// code runs. Plain JavaScript so a sandbox worker thread loads it with no TypeScript loader;
// `realm-core.d.ts` gives its types. Memory and time are limited per call; a realm that hit a
// limit is poisoned and must be disposed.
import { readFileSync } from 'node:fs';
import { getQuickJS } from 'quickjs-emscripten';

const PRELUDE = readFileSync(new URL('./prelude.js', import.meta.url), 'utf8');
/** The parts built on prelude.js's internals, in order: device APIs, cards, pages. */
const PRELUDE_PARTS = ['prelude-device.js', 'prelude-cards.js', 'prelude-pages.js'].map((name) => ({ name, code: readFileSync(new URL(`./${name}`, import.meta.url), 'utf8') }));

let modulePromise;
/** The QuickJS WASM module, one per thread (each sandbox worker has its own heap). */
export function quickJs() {
  modulePromise ??= getQuickJS();
  return modulePromise;
}

const NO_ACTIVITY = { enter() {}, leave() {} };

export class RealmCore {
  #runtime;
  #vm;
  #bridge;
  /** Outside a call nothing may run: any job that still tries is interrupted at once. */
  #deadline = 0;
  #call = 0;
  /** Host promises of the current call; dropped unsettled when the call ends. */
  #pending = new Set();
  #activity;
  /** Which limit a job hit outside the call's own evaluation. */
  #hit = 'timeout';
  poisoned = false;

  constructor(runtime, vm, activity) {
    this.#runtime = runtime;
    this.#vm = vm;
    this.#activity = activity ?? NO_ACTIVITY;
  }

  static async create(limits, activity) {
    const module = await quickJs();
    const runtime = module.newRuntime();
    runtime.setMemoryLimit(limits.memoryLimitBytes);
    runtime.setMaxStackSize(1024 * 1024);
    const realm = new RealmCore(runtime, runtime.newContext(), activity);
    runtime.setInterruptHandler(() => Date.now() > realm.#deadline);
    realm.#deadline = Date.now() + limits.timeLimitMs;
    realm.#activity.enter();
    try {
      realm.#install();
    } catch (error) {
      realm.dispose();
      throw error;
    } finally {
      realm.#activity.leave();
      realm.#deadline = 0;
    }
    return realm;
  }

  #install() {
    const vm = this.#vm;
    const hostSync = vm.newFunction('hostSync', (opH, argsH) => {
      const op = vm.getString(opH);
      try {
        const value = this.#need().sync(op, JSON.parse(vm.getString(argsH)));
        if (value instanceof Promise) throw new Error(`${op} needs a sandbox thread (its answer is loaded on demand)`);
        return vm.newString(JSON.stringify({ ok: true, value: value ?? null }));
      } catch (error) {
        return vm.newString(JSON.stringify({ ok: false, error: hostErrorText(error) }));
      }
    });
    const hostAsync = vm.newFunction('hostAsync', (opH, argsH) => {
      const op = vm.getString(opH);
      const args = JSON.parse(vm.getString(argsH));
      const bridge = this.#need();
      const call = this.#call;
      const deferred = vm.newPromise();
      this.#pending.add(deferred);
      const settle = (payload) => {
        // A late answer to a call that already ended runs nothing: its continuations are dropped.
        if (!deferred.alive || call !== this.#call || this.poisoned) return;
        this.#activity.enter();
        try {
          const text = vm.newString(payload);
          deferred.resolve(text);
          text.dispose();
          this.#pending.delete(deferred);
          deferred.dispose();
          this.#drain();
        } finally {
          this.#activity.leave();
        }
      };
      bridge.async(op, args).then(
        (value) => settle(JSON.stringify({ ok: true, value: value ?? null })),
        (error) => settle(JSON.stringify({ ok: false, error: hostErrorText(error) })),
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
    // The other parts get the internals directly: they never sit on a global mini-program code could read.
    for (const part of PRELUDE_PARTS) {
      const partFn = vm.unwrapResult(vm.evalCode(part.code, `agentos-${part.name}`));
      const done = vm.callFunction(partFn, vm.undefined, internal);
      partFn.dispose();
      vm.unwrapResult(done).dispose();
    }
    internal.dispose();
  }

  /** Runs the realm's pending jobs; a job that ran past the deadline poisons the realm. */
  #drain() {
    const result = this.#runtime.executePendingJobs();
    if (result.error) {
      const text = errorText(this.#vm.dump(result.error));
      result.error.dispose();
      if (/out of memory|stack overflow/i.test(text)) this.#hit = 'memory';
      if (/interrupted|out of memory|stack overflow/i.test(text)) this.poisoned = true;
    }
    if (Date.now() > this.#deadline) this.poisoned = true;
  }

  get busy() {
    return this.#bridge !== undefined;
  }

  #need() {
    if (!this.#bridge) throw new Error('no call in progress');
    return this.#bridge;
  }

  run(expression, bridge, timeLimitMs) {
    return this.#settle(bridge, timeLimitMs, () => this.#vm.evalCode(expression, 'agentos-call.js'));
  }

  invoke(name, args, bridge, timeLimitMs) {
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

  /** Starts the work, then waits for the promise it returns; the deadline covers every job it started. */
  async #settle(bridge, timeLimitMs, start) {
    if (this.poisoned) return { ok: false, error: 'realm is disposed', kind: 'internal' };
    this.#bridge = bridge;
    this.#call++;
    this.#deadline = Date.now() + timeLimitMs;
    let timer;
    try {
      this.#activity.enter();
      let native;
      try {
        const evaluated = start();
        if (evaluated.error) return this.#failure(evaluated.error);
        const handle = evaluated.value;
        native = this.#vm.resolvePromise(handle);
        handle.dispose();
        this.#drain();
      } finally {
        this.#activity.leave();
      }
      if (this.poisoned) {
        void native.then((r) => r.dispose(), () => undefined);
        return this.#limitOutcome(timeLimitMs);
      }
      const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), Math.max(0, this.#deadline - Date.now()));
      });
      const settled = await Promise.race([native, timeout]);
      if (settled === 'timeout' || this.poisoned) {
        this.poisoned = true;
        if (settled !== 'timeout') settled.dispose();
        return this.#limitOutcome(timeLimitMs);
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
      this.#deadline = 0;
      this.#bridge = undefined;
      this.#dropPending();
    }
  }

  /** What a finished call left waiting on the host never runs: its promises stay unsettled. */
  #dropPending() {
    for (const d of this.#pending) {
      try {
        d.dispose();
      } catch {
        /* already gone */
      }
    }
    this.#pending.clear();
  }

  #limitOutcome(timeLimitMs) {
    return this.#hit === 'memory'
      ? { ok: false, error: 'the call ran out of memory', kind: 'memory' }
      : { ok: false, error: `the call did not finish within ${timeLimitMs} ms`, kind: 'timeout' };
  }

  #failure(errorHandle) {
    const dumped = this.#vm.dump(errorHandle);
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

  dispose() {
    this.poisoned = true;
    this.#dropPending();
    try {
      this.#vm.dispose();
      this.#runtime.dispose();
    } catch {
      // A realm stopped mid-call can hold handles QuickJS refuses to free; drop it and let GC take the WASM memory.
    }
  }
}


/** A host operation's failure as the package sees it: its message only (the hub's own stack is not the package's business). */
export function hostErrorText(error) {
  if (error && typeof error === 'object' && typeof error.message === 'string') return typeof error.errMsg === 'string' ? error.errMsg : error.message;
  return String(error);
}

export function errorText(error) {
  if (error && typeof error === 'object') {
    if (typeof error.errMsg === 'string') return error.errMsg;
    if (typeof error.message === 'string') return (error.name && error.name !== 'Error' ? `${String(error.name)}: ${error.message}` : error.message) + (error.name === 'InternalError' ? '' : sourceLocation(error.stack));
  }
  return String(error);
}

/** ` (at pages/a/a.js:12:5)`: where in the package's own code an error was thrown, from its stack. */
export function sourceLocation(stack) {
  if (typeof stack !== 'string') return '';
  // only the package's own files (`pages/a/a.js`): never a frame of the host (`file:///…`, `node:…`, `/abs/…`)
  const frame = /\(([^()\s:/][^()\s:]*\.js):(\d+)(?::(\d+))?\)/.exec(stack.split('\n').find((line) => !/agentos-/.test(line) && /\(([^()\s:/][^()\s:]*\.js):\d/.test(line)) ?? '');
  return frame ? ` (at ${frame[1]}:${frame[2]}${frame[3] ? `:${frame[3]}` : ''})` : '';
}
