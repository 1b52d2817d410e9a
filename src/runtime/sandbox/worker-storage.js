// A call's storages on the sandbox thread: reads and writes answered here, from what the call's
// message carried (every key with its size, the values loaded), checked against WeChat's quota
// exactly as the hub's `CallStorage` checks them. The changes go back with the call's result and
// the hub applies them (storage.ts); only a value not loaded yet is asked of the hub's thread.

const EXCEEDED = 'setStorageSync:fail exceed storage max size';

function copy(value) {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function entrySize(key, json) {
  return Buffer.byteLength(key) + Buffer.byteLength(json);
}

class SideStorage {
  constructor(snapshot, limits) {
    this.sizes = new Map(Object.entries(snapshot.sizes));
    this.values = new Map(Object.entries(snapshot.values));
    this.changes = new Map();
    this.limits = limits;
    this.total = 0;
    for (const size of this.sizes.values()) this.total += size;
  }

  /** [true, value] when answered here; [false] when the value must be loaded by the hub first. */
  get(key) {
    if (!this.sizes.has(key)) return [true, ''];
    return this.values.has(key) ? [true, copy(this.values.get(key))] : [false];
  }

  loaded(key, value) {
    if (this.sizes.has(key) && !this.values.has(key)) this.values.set(key, copy(value));
  }

  set(key, value) {
    if (key === '') throw new Error('storage key must be a non-empty string');
    const json = JSON.stringify(value) ?? 'null';
    const size = entrySize(key, json);
    if (size > this.limits.perKey || this.total - (this.sizes.get(key) ?? 0) + size > this.limits.total) throw new Error(EXCEEDED);
    const stored = JSON.parse(json);
    this.values.set(key, stored);
    this.#size(key, size);
    this.changes.set(key, stored);
  }

  remove(key) {
    this.values.delete(key);
    this.#size(key, undefined);
    this.changes.set(key, undefined);
  }

  clear() {
    for (const key of this.sizes.keys()) this.changes.set(key, undefined);
    this.values.clear();
    this.sizes.clear();
    this.total = 0;
  }

  info() {
    return { keys: [...this.sizes.keys()], currentSize: Math.ceil(this.total / 1024), limitSize: this.limits.total / 1024 };
  }

  #size(key, size) {
    this.total -= this.sizes.get(key) ?? 0;
    if (size === undefined) this.sizes.delete(key);
    else {
      this.sizes.set(key, size);
      this.total += size;
    }
  }
}

/**
 * The storages of one call, or undefined without a snapshot (the hub's thread answers then).
 * `answer(op, args)`: [true, result] or [false] (ask the hub); `loaded` keeps what the hub read;
 * `changes()`: per storage, [key, value] pairs, value null for a removal.
 */
export function workerStorages(storage) {
  if (!storage?.user || !storage.limits) return undefined;
  const sides = { user: new SideStorage(storage.user, storage.limits), shared: storage.shared ? new SideStorage(storage.shared, storage.limits) : undefined };
  return {
    answer(op, args) {
      const side = sides[args?.shared ? 'shared' : 'user'];
      if (!side) return [false];
      const key = String(args?.key);
      switch (op) {
        case 'storage.get':
          return side.get(key);
        case 'storage.set':
          side.set(key, args?.value);
          return [true, null];
        case 'storage.remove':
          side.remove(key);
          return [true, null];
        case 'storage.clear':
          side.clear();
          return [true, null];
        case 'storage.info':
          return [true, side.info()];
        default:
          return [false];
      }
    },
    loaded(args, value) {
      sides[args?.shared ? 'shared' : 'user']?.loaded(String(args?.key), value);
    },
    changes() {
      const list = (side) => (side ? [...side.changes].map(([k, v]) => [k, v === undefined ? null : v, v === undefined]) : []);
      return { user: list(sides.user), shared: list(sides.shared) };
    },
  };
}
