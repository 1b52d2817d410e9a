import { io, type CommandIo } from './command-io.ts';

/** Reports long work: a bar redrawn in place on a terminal, one plain line per step otherwise. */
export interface Progress {
  step(done: number, total: number, label: string): void;
  /** Ends the bar (a terminal gets its line back). */
  done(): void;
}

const WIDTH = 24;

/**
 * Progress on stderr, so stdout stays the command's output (and `--json` stays JSON). `quiet`
 * (a `--json` run) shows nothing.
 */
export function progress(title: string, { stream = io().stderr, quiet = false }: { stream?: CommandIo['stderr']; quiet?: boolean } = {}): Progress {
  const tty = !!stream.isTTY;
  let drawn = false;
  return {
    step(done, total, label) {
      if (quiet) return;
      if (!tty) {
        stream.write(`${title} ${done}/${total} ${label}\n`);
        return;
      }
      const filled = total ? Math.round((done / total) * WIDTH) : 0;
      const columns = stream.columns || 80;
      const line = `${title} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} ${label}`;
      stream.write(`\r\x1b[2K${[...line].slice(0, columns - 1).join('')}`);
      drawn = true;
    },
    done() {
      if (tty && drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
