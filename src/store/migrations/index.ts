import foundation from './001-foundation.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
];
