export { Catalog, type VersionRecord, type VersionStatus, type Decision } from './catalog.ts';
