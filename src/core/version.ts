import { readFileSync } from 'node:fs';

/** The hub's own version (package.json), as every entrance announces it. */
export const HUB_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
