import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AgentOsError } from '../core/index.ts';

/** Who holds a data folder: the process, what it runs, and (a hub) where it listens. */
export interface FolderHolder {
  pid: number;
  /** The command that holds it: `start`, `install`, … */
  command: string;
  startedAt: string;
  /** A hub's HTTP port and address, once it listens. */
  port?: number;
  url?: string;
}

export interface FolderLock {
  readonly holder: FolderHolder;
  release(): void;
}

const LOCK_FILE = 'hub.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

/** The live holder of a data folder, if any; a lock left by a process that died is ignored. */
export function folderHolder(dataDir: string): FolderHolder | undefined {
  let holder: FolderHolder;
  try {
    holder = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as FolderHolder;
  } catch {
    return undefined; // no lock, or one torn by a crash mid-write: nobody holds it
  }
  return Number.isInteger(holder.pid) && holder.pid !== process.pid && alive(holder.pid) ? holder : undefined;
}

/** How a holder is named in messages: `agentos start (pid 123, http://127.0.0.1:8787)`. */
export function describeHolder(holder: FolderHolder): string {
  return `agentos ${holder.command} (pid ${holder.pid}${holder.url ? `, ${holder.url}` : holder.port ? `, port ${holder.port}` : ''})`;
}

/** The one-line refusal when another process holds the folder. */
export function folderBusy(dataDir: string, holder: FolderHolder, what: string): AgentOsError {
  const stop = holder.command === 'start' ? `stop that hub (kill ${holder.pid}) first` : `wait for it to finish`;
  return new AgentOsError(
    'CONFLICT',
    `数据目录 ${dataDir} 正被 ${describeHolder(holder)} 使用 / the data folder ${dataDir} is in use by ${describeHolder(holder)}: ${what}; or ${stop}, or use another folder (AGENTOS_DATA_DIR)`,
  );
}

/**
 * Takes the data folder for this process: the embedded database is one process's (two
 * processes on one PGlite folder damage it). The lock file is created exclusively; one left
 * by a process that no longer runs is taken over.
 */
export function acquireFolderLock(dataDir: string, command: string): FolderLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const holder: FolderHolder = { pid: process.pid, command, startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      const other = folderHolder(dataDir);
      if (other) throw folderBusy(dataDir, other, command === 'start' ? 'use that hub' : 'this command cannot open it too');
      try {
        unlinkSync(path); // left by a process that died
      } catch {
        // another process took it over first: the next attempt sees whose it is
      }
    }
  }
  let released = false;
  return {
    holder,
    release() {
      if (released) return;
      released = true;
      try {
        if ((JSON.parse(readFileSync(path, 'utf8')) as FolderHolder).pid === process.pid) unlinkSync(path);
      } catch {
        // already gone
      }
    },
  };
}

/** Adds where this process's hub listens to the lock it holds, so commands run later can reach it. */
export function advertiseHub(dataDir: string, update: Pick<FolderHolder, 'port' | 'url'>): void {
  const path = join(dataDir, LOCK_FILE);
  const holder = JSON.parse(readFileSync(path, 'utf8')) as FolderHolder;
  if (holder.pid !== process.pid) return;
  writeFileSync(`${path}.tmp`, JSON.stringify({ ...holder, ...update }), { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}
