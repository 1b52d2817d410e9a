import type { Clock } from '../core/index.ts';
import type { LiveTools } from '../catalog/index.ts';
import type { Memory } from '../memory/index.ts';
import type { PayService } from '../pay/index.ts';
import type { RemoteCaller } from '../remote/index.ts';
import type { Runtime } from '../runtime/index.ts';
import type { TrustService } from '../trust/index.ts';
import type { Planner } from './planner.ts';
import type { SessionStore } from './session-store.ts';

/** What the orchestrator works with: the parts below it, wired by the hub. */
export interface OrchestratorDeps {
  tools: LiveTools;
  runtime: Runtime;
  trust: TrustService;
  pay: PayService;
  memory: Memory;
  sessions: SessionStore;
  planner: Planner;
  clock: Clock;
  /** Remote A2A agents and MCP servers (approved tools only); without it, remote tools are refused. */
  remote?: RemoteCaller;
  /** Planner steps in one turn before the hub stops and says so. */
  maxSteps?: number;
}
