import type { Tool } from '../catalog/index.ts';
import type { ApiEnvelope } from '../runtime/index.ts';

/** What a remote service's call came back with: a result, or a question for the user. */
export type RemoteOutcome =
  | { kind: 'result'; envelope: ApiEnvelope }
  /** The remote agent waits for the user (A2A input-required): the hub asks them itself, and `resume` continues the remote task. */
  | { kind: 'input-required'; question: string; details?: Record<string, unknown>; resume: Record<string, unknown> };

/** How the orchestrator reaches remote vertical services (reviewed, approved, gated like any skill). */
export interface RemoteCaller {
  call(tool: Tool, args: Record<string, unknown>, context: { userId: string; sessionId: string }): Promise<RemoteOutcome>;
}

/** The argument a held call carries to continue a remote task once the user answered. */
export const RESUME = '$resume';

/** One reviewed tool of a remote service, as snapshotted when it was added. */
export interface RemoteToolSnapshot {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
  readOnly: boolean;
  /** Needs the user's yes before each call: anything not read-only, unless the operator said otherwise. */
  confirm: boolean;
}

export type RemoteEndpoint =
  | { kind: 'mcp'; url: string }
  | { kind: 'mcp'; command: string; args: string[] }
  | { kind: 'a2a'; cardUrl: string };

/** Untrusted text from outside: labelled, bounded, never instructions to the planner. */
export function untrusted(service: string, text: string): string {
  const clipped = text.length > 4000 ? `${text.slice(0, 4000)}…` : text;
  return `[${service} (remote service) says:] ${clipped}`;
}
