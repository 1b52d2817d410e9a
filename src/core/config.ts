import { resolve } from 'node:path';
import { fixedClock, systemClock, type Clock } from './clock.ts';

/** Everything the hub reads from its environment, read once, in one place. */
export interface HubConfig {
  dataDir: string;
  databaseUrl: string | undefined;
  clock: Clock;
  port: number;
  /** The interface the HTTP entrance listens on: loopback unless told otherwise. */
  host: string;
  /** The address people reach the hub at, when it is not http://<host>:<port> (e.g. behind https). */
  publicUrl: string | undefined;
  planner: 'local' | 'llm';
  llm: { baseUrl: string | undefined; apiKey: string | undefined; model: string | undefined; tokenBudget?: number };
  sandbox: { memoryLimitBytes: number; timeLimitMs: number };
  /** Install the sample ecosystem on first start. */
  seedEcosystem: boolean;
  /** How each captured payment is shared: percent to the entrance and to the operator; the merchant gets the rest. */
  split: { entrancePercent: number; operatorPercent: number };
  /** Lets unauthenticated MCP callers on loopback in as the entrance `mcp:loopback` (local development, the conformance suite). Off by default. */
  mcpAnonymousLoopback: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const timeZone = env.AGENTOS_TZ ?? 'Asia/Shanghai';
  return {
    dataDir: resolve(env.AGENTOS_DATA_DIR ?? '.agentos'),
    databaseUrl: env.AGENTOS_DATABASE_URL || undefined,
    clock: env.AGENTOS_NOW ? fixedClock(env.AGENTOS_NOW, timeZone) : systemClock(timeZone),
    port: Number(env.AGENTOS_PORT ?? env.PORT ?? 8787),
    host: env.AGENTOS_HOST || '127.0.0.1',
    publicUrl: env.AGENTOS_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    planner: env.AGENTOS_PLANNER === 'llm' || (!env.AGENTOS_PLANNER && env.AGENTOS_LLM_BASE_URL) ? 'llm' : 'local',
    llm: {
      baseUrl: env.AGENTOS_LLM_BASE_URL,
      apiKey: env.AGENTOS_LLM_API_KEY,
      model: env.AGENTOS_LLM_MODEL,
      ...(env.AGENTOS_LLM_TOKEN_BUDGET ? { tokenBudget: Number(env.AGENTOS_LLM_TOKEN_BUDGET) } : {}),
    },
    sandbox: {
      memoryLimitBytes: Number(env.AGENTOS_SANDBOX_MEMORY_MB ?? 64) * 1024 * 1024,
      timeLimitMs: Number(env.AGENTOS_SANDBOX_TIME_MS ?? 10_000),
    },
    seedEcosystem: env.AGENTOS_SEED !== '0',
    split: {
      entrancePercent: Number(env.AGENTOS_SPLIT_ENTRANCE_PERCENT ?? 0),
      operatorPercent: Number(env.AGENTOS_SPLIT_OPERATOR_PERCENT ?? 0),
    },
    mcpAnonymousLoopback: env.AGENTOS_MCP_ANONYMOUS_LOOPBACK === '1',
  };
}
