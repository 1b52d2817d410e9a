export type { Sql, Store } from './store.ts';
export { SERIALIZATION_FAILURE } from './store.ts';
export { PgliteStore } from './pglite-store.ts';
export { PostgresStore } from './postgres-store.ts';
export { migrate } from './migrate.ts';
export { MIGRATIONS, type Migration } from './migrations/index.ts';
export { openStore, openMemoryStore } from './open-store.ts';
export { storeVariants, type StoreVariant } from './test-variants.ts';
export { acquireFolderLock, advertiseHub, folderHolder, folderBusy, describeHolder, type FolderHolder, type FolderLock } from './folder-lock.ts';
