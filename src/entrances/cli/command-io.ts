import { AsyncLocalStorage } from 'node:async_hooks';
import type { Hub } from '../../hub/index.ts';

/**
 * Where a command reads and writes. A command run in this process uses the process's own
 * streams; one forwarded to the running hub (which holds the data folder) runs there with the
 * caller's input, directory and the hub itself, and its output goes back to the caller.
 */
export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<string | Buffer> & { isTTY?: boolean };
  /** The caller's working directory: relative paths in arguments are the caller's. */
  cwd: string;
  /** The hub to run in (a forwarded command): used as is, never closed by the command. */
  hub?: Hub;
  setExitCode(code: number): void;
}

const current = new AsyncLocalStorage<CommandIo>();

const processIo: CommandIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  get cwd() {
    return process.cwd();
  },
  setExitCode(code) {
    process.exitCode = code;
  },
};

/** The streams of the command running now. */
export function io(): CommandIo {
  return current.getStore() ?? processIo;
}

/** Runs `fn` with its commands reading and writing through `commandIo`. */
export function withIo<T>(commandIo: CommandIo, fn: () => Promise<T>): Promise<T> {
  return current.run(commandIo, fn);
}
