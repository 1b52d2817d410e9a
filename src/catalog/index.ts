export { Catalog, STAMP_SQL, type VersionRecord, type VersionStatus, type Decision } from './catalog.ts';
export { LiveTools } from './live-tools.ts';
export { toolFrom, isConfirmRequired, isReadOnly, type Tool, type ToolSource } from './tool.ts';
export { ToolIndex, tokenize } from './search/index.ts';
export { appOfTool } from './app-of.ts';
