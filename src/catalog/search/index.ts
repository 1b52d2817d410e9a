export { tokenize, stem } from './tokenize.ts';
export { ToolIndex, type ToolDocument, type ToolFields, type SearchOptions, type SearchHit } from './tool-index.ts';
