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
