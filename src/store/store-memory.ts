import type { Store } from './store.ts';

const memories = new WeakMap<Store, Map<string, unknown>>();

/**
 * State a process keeps beside one store, shared by every instance that reads and writes it
 * there (two catalogs on one store see each other's changes). Only for an exclusive store (see
 * `Store.exclusive`), where every change passes through this process.
 */
export function storeMemory<T>(store: Store, name: string, create: () => T): T {
  let memory = memories.get(store);
  if (!memory) memories.set(store, (memory = new Map()));
  if (!memory.has(name)) memory.set(name, create());
  return memory.get(name) as T;
}
