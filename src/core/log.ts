import { pino, type Logger } from 'pino';

/**
 * The hub's structured log, on stderr so that stdout stays the command's own output
 * (`--json` reports). Quiet under tests unless AGENTOS_LOG_LEVEL says otherwise.
 */
export const log: Logger = pino(
  { level: process.env.AGENTOS_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'), base: { app: 'agentos' } },
  pino.destination(2),
);

export type { Logger };

/** One line a mini-program wrote with `console.*`. */
export interface MiniProgramLogLine {
  appId: string;
  api: string | undefined;
  level: 'info' | 'warn' | 'error';
  text: string;
}

let miniProgramSink: ((line: MiniProgramLogLine) => void) | undefined;

/**
 * Where mini-programs' own console lines go: nowhere until an entrance asks (`--verbose`), so
 * third-party output never mixes into what a person reads.
 */
export function onMiniProgramLog(sink: ((line: MiniProgramLogLine) => void) | undefined): void {
  miniProgramSink = sink;
}

export function miniProgramLog(line: MiniProgramLogLine): void {
  miniProgramSink?.(line);
}
