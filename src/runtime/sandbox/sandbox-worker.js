// A sandbox worker thread: holds realms (each its own QuickJS runtime in this thread's one WASM
// module) and runs their calls. Host operations cross to the main thread: async ones as messages,
// sync ones (a stored value not loaded yet, module sources, anything not known when the call
// started) by a message answered while this thread waits on a shared flag (Atomics.wait) and
// reads the answer from its own port (receiveMessageOnPort).
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { RealmCore, quickJs } from './realm-core.js';
import { workerStorages } from './worker-storage.js';

const { flag, activity, syncPort } = workerData;
const flagView = new Int32Array(flag);
const activityView = new Float64Array(activity);
const realms = new Map();
const asyncWaiters = new Map();
let depth = 0;
let nextRequest = 0;

/** The main thread reads when third-party code started running here, to route around a stalled thread. */
const meter = {
  enter() {
    if (depth++ === 0) activityView[0] = Date.now();
  },
  leave() {
    if (--depth === 0) activityView[0] = 0;
  },
};

let nextSync = 0;

/**
 * One sync host op: posts it, waits on the shared flag, reads the answer from this thread's own
 * port. Answers carry the request's id: one that arrives after its wait gave up is skipped.
 * The main thread's watchdog ends a call that overstays; the wait's own limit is a last resort.
 */
function syncCall(request, deadline) {
  const id = ++nextSync;
  Atomics.store(flagView, 0, 0);
  parentPort.postMessage({ ...request, id });
  for (;;) {
    let answer = receiveMessageOnPort(syncPort);
    while (answer && answer.message.id !== id) answer = receiveMessageOnPort(syncPort);
    if (answer) {
      const reply = answer.message;
      if (!reply.ok) throw new Error(reply.error);
      return reply.json === undefined ? undefined : JSON.parse(reply.json);
    }
    if (Date.now() >= deadline) throw new Error(`host operation ${request.op ?? 'source'} did not answer in time`);
    Atomics.wait(flagView, 0, 0, Math.max(1, deadline - Date.now()));
    Atomics.store(flagView, 0, 0);
  }
}

/**
 * Answers this thread gives itself (see `HostBridge.known`): the call's fixed ops, the time, and the call's
 * storages, read and written here (`worker-storage.js`) — their changes go back with the result.
 * Only a stored value not loaded yet is asked of the hub's thread.
 */
function knownAnswers(known) {
  const fixed = known?.fixed ?? {};
  const clock = known?.clock;
  const storages = workerStorages(known?.storage);
  return {
    /** [true, answer] when known here; [false] when the hub's thread must answer. */
    answer(op, args) {
      if (op === 'now' && clock) return [true, 'offset' in clock ? Date.now() + clock.offset : clock.at];
      if (Object.hasOwn(fixed, op)) return [true, JSON.parse(JSON.stringify(fixed[op] ?? null))];
      return storages && op.startsWith('storage.') ? storages.answer(op, args) : [false];
    },
    loaded(op, args, value) {
      if (op === 'storage.get') storages?.loaded(args, value);
    },
    changes: () => storages?.changes(),
  };
}

function bridgeFor(seq, deadline, local) {
  return {
    sync: (op, args) => {
      const [isKnown, value] = local.answer(op, args);
      if (isKnown) return value;
      const answer = syncCall({ t: 'sync', seq, op, args }, deadline);
      local.loaded(op, args, answer);
      return answer;
    },
    source: (path) => syncCall({ t: 'sync', seq, source: path }, deadline) ?? undefined,
    async: (op, args) =>
      // A page's idle tick asks nothing of the hub (no host operation is in flight when it is
      // sent): a turn of this thread's event loop, after every pending job ran, is the same answer.
      op === 'page.tick' ? new Promise((resolve) => setImmediate(() => resolve(null))) : new Promise((resolve, reject) => {
        const req = ++nextRequest;
        asyncWaiters.set(req, { seq, resolve, reject });
        parentPort.postMessage({ t: 'async', seq, req, op, args });
      }),
  };
}

function forget(seq) {
  for (const [req, waiter] of asyncWaiters) if (waiter.seq === seq) asyncWaiters.delete(req);
}

async function create(message) {
  try {
    realms.set(message.id, await RealmCore.create(message.limits, meter));
    parentPort.postMessage({ t: 'created', id: message.id });
  } catch (error) {
    parentPort.postMessage({ t: 'created', id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
}

async function call(message) {
  const realm = realms.get(message.id);
  if (!realm) {
    parentPort.postMessage({ t: 'result', seq: message.seq, outcome: { ok: false, error: 'realm is gone', kind: 'internal' }, poisoned: true });
    return;
  }
  const local = knownAnswers(message.known);
  const bridge = bridgeFor(message.seq, Date.now() + message.timeLimitMs + 60_000, local);
  const outcome = message.kind === 'invoke'
    ? await realm.invoke(message.name, message.args, bridge, message.timeLimitMs)
    : await realm.run(message.expression, bridge, message.timeLimitMs);
  forget(message.seq);
  if (realm.poisoned) {
    realm.dispose();
    realms.delete(message.id);
  }
  parentPort.postMessage({ t: 'result', seq: message.seq, outcome, poisoned: realm.poisoned, storage: local.changes() });
}

parentPort.on('message', (message) => {
  switch (message.t) {
    case 'create':
      void create(message);
      return;
    case 'call':
      void call(message);
      return;
    case 'async': {
      const waiter = asyncWaiters.get(message.req);
      if (!waiter) return;
      asyncWaiters.delete(message.req);
      if (message.ok) waiter.resolve(message.json === undefined ? null : JSON.parse(message.json));
      else waiter.reject(new Error(message.error));
      return;
    }
    case 'dispose':
      realms.get(message.id)?.dispose();
      realms.delete(message.id);
      return;
    default:
  }
});

await quickJs();
parentPort.postMessage({ t: 'ready' });
