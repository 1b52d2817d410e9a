import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { SandboxLimits } from '../types.ts';
import type { HostBridge, StorageChanges } from './host-bridge.ts';
import { hostErrorText, type RealmOutcome } from './realm-core.js';

/** How long past a call's time limit a thread may stay silent before it is terminated. */
export const STUCK_GRACE_MS = 1_000;
/** Running third-party code this long without a pause, a thread counts as stalled: new work goes elsewhere. */
export const STALL_MS = 30;

type FromWorker =
  | { t: 'ready' }
  | { t: 'created'; id: number; error?: string }
  | { t: 'result'; seq: number; outcome: RealmOutcome; poisoned: boolean; storage?: StorageChanges }
  | { t: 'async'; seq: number; req: number; op: string; args: unknown }
  | { t: 'sync'; seq: number; id: number; op?: string; args?: unknown; source?: string };

interface RunningCall {
  realmId: number;
  bridge: HostBridge;
  resolve(result: { outcome: RealmOutcome; poisoned: boolean }): void;
  timer: NodeJS.Timeout;
}

export type CallRequest =
  | { kind: 'invoke'; name: string; args: string[] }
  | { kind: 'run'; expression: string };

let nextSeq = 0;

/**
 * The main thread's handle on one sandbox worker thread: starts its realms, runs their calls,
 * answers their host operations, and terminates the thread when a call outlives its deadline
 * (a loop the interpreter's own interrupt did not stop). A dead thread fails its calls cleanly.
 */
export class SandboxThread {
  readonly #worker: Worker;
  readonly #flag = new Int32Array(new SharedArrayBuffer(4));
  readonly #activity = new Float64Array(new SharedArrayBuffer(8));
  readonly #port: MessagePort;
  readonly #calls = new Map<number, RunningCall>();
  readonly #creates = new Map<number, { resolve(): void; reject(error: Error): void }>();
  readonly ready: Promise<void>;
  /** Realms living on this thread, and the memory they may take. */
  readonly realms = new Set<number>();
  reservedBytes = 0;
  dead = false;
  #onDeath: (thread: SandboxThread) => void;

  constructor(onDeath: (thread: SandboxThread) => void) {
    this.#onDeath = onDeath;
    const channel = new MessageChannel();
    this.#port = channel.port1;
    this.#worker = new Worker(new URL('./sandbox-worker.js', import.meta.url), {
      workerData: { flag: this.#flag.buffer, activity: this.#activity.buffer, syncPort: channel.port2 },
      transferList: [channel.port2],
      // The hub's own flags (a TypeScript loader, inspector) have no business in a sandbox thread.
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    this.ready = new Promise((resolve, reject) => {
      this.#worker.once('error', reject);
      const onReady = (m: FromWorker) => {
        if (m.t !== 'ready') return;
        this.#worker.off('message', onReady);
        resolve();
      };
      this.#worker.on('message', onReady);
    });
    this.ready.then(() => this.#refresh(), () => undefined);
    this.#worker.on('message', (m: FromWorker) => this.#receive(m));
    this.#worker.on('error', (error) => this.#die(`the sandbox thread failed: ${error.message}`));
    this.#worker.on('exit', () => this.#die('the sandbox thread exited'));
  }

  /** Calls waiting on this thread. */
  get load(): number {
    return this.#calls.size;
  }

  /** True while third-party code has run here for a while without a pause. */
  get stalled(): boolean {
    const since = this.#activity[0] ?? 0;
    return this.dead || (since > 0 && Date.now() - since > STALL_MS);
  }

  async create(id: number, limits: SandboxLimits): Promise<void> {
    await this.ready;
    if (this.dead) throw new Error('the sandbox thread is gone');
    await new Promise<void>((resolve, reject) => {
      this.#creates.set(id, { resolve, reject });
      this.#refresh();
      this.#worker.postMessage({ t: 'create', id, limits });
    });
    this.realms.add(id);
  }

  call(realmId: number, request: CallRequest, bridge: HostBridge, timeLimitMs: number): Promise<{ outcome: RealmOutcome; poisoned: boolean }> {
    if (this.dead || !this.realms.has(realmId)) {
      return Promise.resolve({ outcome: { ok: false, error: 'the sandbox thread of this realm is gone', kind: 'internal' }, poisoned: true });
    }
    const seq = ++nextSeq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#stuck(seq, timeLimitMs), timeLimitMs + STUCK_GRACE_MS);
      this.#calls.set(seq, { realmId, bridge, resolve, timer });
      this.#refresh();
      this.#worker.postMessage({ t: 'call', id: realmId, seq, timeLimitMs, ...request, known: bridge.known?.() });
    });
  }

  dispose(realmId: number): void {
    if (!this.realms.delete(realmId) || this.dead) return;
    this.#worker.postMessage({ t: 'dispose', id: realmId });
  }

  terminate(): void {
    this.#die('the sandbox was shut down');
  }

  #receive(m: FromWorker): void {
    switch (m.t) {
      case 'ready':
        return;
      case 'created': {
        const waiter = this.#creates.get(m.id);
        this.#creates.delete(m.id);
        this.#refresh();
        if (m.error) waiter?.reject(new Error(m.error));
        else waiter?.resolve();
        return;
      }
      case 'result': {
        const call = this.#calls.get(m.seq);
        if (!call) return;
        this.#finish(m.seq, call);
        if (m.poisoned) this.realms.delete(call.realmId);
        call.resolve({ outcome: applied(call.bridge, m), poisoned: m.poisoned });
        return;
      }
      case 'sync':
        this.#answerSync(m);
        return;
      case 'async':
        this.#answerAsync(m);
        return;
      default:
    }
  }

  /**
   * Answers a sync host op while the sandbox thread waits for it. The answer may take a promise
   * (a storage value read from the store on first use): the thread waits, the hub does not.
   */
  #answerSync(m: Extract<FromWorker, { t: 'sync' }>): void {
    const call = this.#calls.get(m.seq);
    let value: unknown;
    try {
      if (!call) throw new Error('the call has ended');
      value = m.source !== undefined ? call.bridge.source(m.source) : call.bridge.sync(String(m.op), m.args);
    } catch (error) {
      this.#reply({ id: m.id, ok: false, error: hostErrorText(error) });
      return;
    }
    if (value instanceof Promise) {
      value.then(
        (settled: unknown) => this.#reply({ id: m.id, ok: true, json: JSON.stringify(settled ?? null) }),
        (error: unknown) => this.#reply({ id: m.id, ok: false, error: hostErrorText(error) }),
      );
      return;
    }
    this.#reply({ id: m.id, ok: true, json: JSON.stringify(value ?? null) });
  }

  #reply(reply: { id: number } & ({ ok: true; json?: string } | { ok: false; error: string })): void {
    if (this.dead) return;
    this.#port.postMessage(reply);
    Atomics.store(this.#flag, 0, 1);
    Atomics.notify(this.#flag, 0);
  }

  #answerAsync(m: Extract<FromWorker, { t: 'async' }>): void {
    const call = this.#calls.get(m.seq);
    if (!call) return; // the call ended: nothing it asked for is done any more
    call.bridge.async(m.op, m.args).then(
      (value) => this.#post({ t: 'async', req: m.req, ok: true, json: JSON.stringify(value ?? null) }),
      (error: unknown) => this.#post({ t: 'async', req: m.req, ok: false, error: hostErrorText(error) }),
    );
  }

  #post(message: unknown): void {
    if (!this.dead) this.#worker.postMessage(message);
  }

  #finish(seq: number, call: RunningCall): void {
    clearTimeout(call.timer);
    this.#calls.delete(seq);
    this.#refresh();
  }

  /** An idle thread does not keep the process alive; one with work does. */
  #refresh(): void {
    if (this.dead) return;
    if (this.#calls.size + this.#creates.size > 0) this.#worker.ref();
    else this.#worker.unref();
  }

  /** A call outlived its deadline and the thread did not answer: the thread is terminated. */
  #stuck(seq: number, timeLimitMs: number): void {
    const call = this.#calls.get(seq);
    if (!call) return;
    this.#finish(seq, call);
    call.resolve({ outcome: { ok: false, error: `the call did not finish within ${timeLimitMs} ms and its sandbox thread was stopped`, kind: 'timeout' }, poisoned: true });
    this.#die('a call on this sandbox thread ran past its time limit; the thread was replaced');
  }

  #die(reason: string): void {
    if (this.dead) return;
    this.dead = true;
    void this.#worker.terminate();
    this.#port.close();
    for (const [seq, call] of this.#calls) {
      this.#finish(seq, call);
      call.resolve({ outcome: { ok: false, error: reason, kind: 'internal' }, poisoned: true });
    }
    for (const waiter of this.#creates.values()) waiter.reject(new Error(reason));
    this.#creates.clear();
    this.realms.clear();
    this.#onDeath(this);
  }
}

/** The call's outcome once what it wrote to storage on the thread is the hub's too; a write the hub refuses fails the call. */
function applied(bridge: HostBridge, m: Extract<FromWorker, { t: 'result' }>): RealmOutcome {
  if (!m.storage) return m.outcome;
  try {
    bridge.applyStorage?.(m.storage);
    return m.outcome;
  } catch (error) {
    return { ok: false, error: hostErrorText(error), kind: 'thrown' };
  }
}
