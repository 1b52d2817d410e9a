import type { UserProfile } from '../memory/index.ts';
import type { HubEvent, TaskState } from './events.ts';
import type { SessionRecord } from './session-store.ts';

/** One turn in progress: the session it changes, the events it emits, the tokens only its entrance gets. */
export class Turn {
  readonly events: HubEvent[] = [];
  /** confirmationId → one-time token; handed to the entrance, never to a planner or the feed. */
  readonly tokens: Record<string, string> = {};
  readonly #listener: ((event: HubEvent) => void) | undefined;

  constructor(
    readonly session: SessionRecord,
    readonly user: UserProfile,
    readonly entrance: string,
    listener?: (event: HubEvent) => void,
  ) {
    this.#listener = listener;
  }

  get state() {
    return this.session.state;
  }

  get lang(): 'zh' | 'en' {
    return this.user.lang === 'en' ? 'en' : 'zh';
  }

  /** Picks the user's language. */
  t(zh: string, en: string): string {
    return this.lang === 'en' ? en : zh;
  }

  emit(event: HubEvent): void {
    this.events.push(event);
    this.#listener?.(event);
  }

  /** The assistant says something (recorded in the transcript the planner reads, and streamed). */
  say(text: string): void {
    if (!text) return;
    this.state.transcript.push({ role: 'assistant', text });
    this.emit({ type: 'text-delta', text });
    this.emit({ type: 'message', role: 'assistant', text });
  }

  /** A note for the planner about what the hub did (not shown as a message). */
  note(text: string): void {
    this.state.transcript.push({ role: 'hub', text });
  }

  setTask(state: TaskState): void {
    if (!this.state.taskId || this.state.taskState === state) return;
    this.state.taskState = state;
    this.emit({ type: 'task-state', taskId: this.state.taskId, state });
  }
}
