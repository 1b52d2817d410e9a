import type { Hub } from '../../hub/index.ts';
import type { TurnResult, UserInput } from '../../orchestrator/index.ts';
import { callHub, type RunningHub } from './forward.ts';

/** Who talks in a terminal chat. */
export interface ChatUser {
  id: string;
  name: string;
  lang: string;
}

/** What the terminal chat needs of a hub: this process's own, or the running one over its API. */
export interface ChatLink {
  open(userId: string, session?: string): Promise<{ sessionId: string; user: ChatUser }>;
  send(sessionId: string, input: UserInput): Promise<TurnResult>;
  resume(sessionId: string): Promise<TurnResult>;
  tapCard(sessionId: string, seq: number, path: string): Promise<TurnResult>;
}

export function localChat(hub: Hub): ChatLink {
  return {
    async open(userId, session) {
      const user = await hub.memory.user(userId);
      return { sessionId: session ?? (await hub.orchestrator.openSession(user.id, 'cli')), user };
    },
    send: (sessionId, input) => hub.orchestrator.send(sessionId, input),
    resume: (sessionId) => hub.orchestrator.resume(sessionId),
    tapCard: (sessionId, seq, path) => hub.orchestrator.tapCard(sessionId, seq, path),
  };
}

/** The chat through the hub that holds the data folder (its operator routes). */
export function remoteChat(hub: RunningHub): ChatLink {
  const session = (id: string) => `/api/admin/chat/${encodeURIComponent(id)}`;
  return {
    open: (user, sessionId) => callHub(hub, '/api/admin/chat', { user, ...(sessionId ? { session: sessionId } : {}) }),
    send: (sessionId, input) => callHub(hub, `${session(sessionId)}/input`, input),
    resume: (sessionId) => callHub(hub, `${session(sessionId)}/resume`, {}),
    tapCard: (sessionId, seq, path) => callHub(hub, `${session(sessionId)}/card-tap`, { seq, path }),
  };
}
