export { exportStore, type ExportHeader } from './export-store.ts';
export { importStore } from './import-store.ts';
export { rowCounts, tablesInOrder } from './tables.ts';
