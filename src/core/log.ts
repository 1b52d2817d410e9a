import { pino, type Logger } from 'pino';

/** The hub's structured log. Quiet under tests unless AGENTOS_LOG_LEVEL says otherwise. */
export const log: Logger = pino({
  level: process.env.AGENTOS_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { app: 'agentos' },
});

export type { Logger };
