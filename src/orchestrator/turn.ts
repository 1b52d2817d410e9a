import type { AgentOsError } from '../core/index.ts';
import type { UserProfile } from '../memory/index.ts';
import type { HubEvent, SequencedEvent, TaskState } from './events.ts';
import type { SessionRecord } from './session-store.ts';
import type { TurnWrite } from './turn-write.ts';

/** Given the events a checkpoint is about to save, a write to save with them (see `TurnWrite`). */
export type AlsoSave = (sequenced: SequencedEvent[]) => Promise<TurnWrite | undefined>;
import { messageLanguage } from './understand/language.ts';

/** One turn in progress: the session it changes, the events it emits, the tokens only its entrance gets. */
export class Turn {
  readonly events: HubEvent[] = [];
  /** confirmationId → one-time token; handed to the entrance, never to a planner or the feed. */
  readonly tokens: Record<string, string> = {};
  /** Consent decisions read this turn, per mini-program (cleared when the user decides one). */
  readonly grants = new Map<string, Partial<Record<string, 'granted' | 'denied'>>>();
  /** Events already written to the store, with their sequence numbers. */
  readonly saved: SequencedEvent[] = [];
  /** Set when the turn refused or failed what the input asked; the entrance answers with it. */
  failure: AgentOsError | undefined;
  /** Calls made this turn because a result asked for them (`apiCalls`); capped by CHAIN_LIMIT. */
  chained = 0;
  readonly #listener: ((event: HubEvent) => void) | undefined;
  readonly #save: ((turn: Turn, also?: AlsoSave) => Promise<SequencedEvent[]>) | undefined;
  #unsaved = 0;
  #requestUnsaved = false;

  constructor(
    readonly session: SessionRecord,
    readonly user: UserProfile,
    readonly entrance: string,
    listener?: (event: HubEvent) => void,
    save?: (turn: Turn, also?: AlsoSave) => Promise<SequencedEvent[]>,
  ) {
    this.#listener = listener;
    this.#save = save;
  }

  /** The events emitted since the last checkpoint (and marks them as being saved). */
  takeUnsaved(): HubEvent[] {
    const events = this.events.slice(this.events.length - this.#unsaved);
    this.#unsaved = 0;
    return events;
  }

  /**
   * Writes the session state and the new events, so a crash after this point loses nothing before
   * it; `also` may add an entrance's write to the same statement (see `TurnWrite`).
   */
  async checkpoint(also?: AlsoSave): Promise<void> {
    this.#requestUnsaved = false;
    if (this.#save) this.saved.push(...(await this.#save(this, also)));
  }

  /**
   * The user's request is in the state but not saved yet: it will be, before the turn does
   * anything a stop could leave half done (`saveRequest`), or at the turn's end.
   */
  holdRequest(): void {
    this.#requestUnsaved = true;
  }

  /** Saves the request held by `holdRequest`, once; nothing when it is saved already. */
  async saveRequest(): Promise<void> {
    if (this.#requestUnsaved) await this.checkpoint();
  }

  get state() {
    return this.session.state;
  }

  /** The language of the replies: the one the user last clearly wrote in, else the profile's. */
  get lang(): 'zh' | 'en' {
    return (this.state.lang ?? this.user.lang) === 'en' ? 'en' : 'zh';
  }

  /** The user wrote this: when it is clearly in one language, the replies follow it from now on. */
  heard(text: string): void {
    const lang = messageLanguage(text);
    if (lang) this.state.lang = lang;
  }

  /** Picks the user's language. */
  t(zh: string, en: string): string {
    return this.lang === 'en' ? en : zh;
  }

  emit(event: HubEvent): void {
    this.events.push(event);
    this.#unsaved++;
    this.#listener?.(event);
  }

  /** A live piece of what is being written (a model's text or tool call): to the entrance's listener only, never stored. */
  stream(event: Extract<HubEvent, { type: 'text-delta' | 'tool-call-delta' }>): void {
    this.#listener?.(event);
  }

  /** The assistant says something (recorded in the transcript the planner reads, and streamed unless it already was). */
  say(text: string, { streamed = false } = {}): void {
    if (!text) return;
    this.state.transcript.push({ role: 'assistant', text });
    if (!streamed) this.emit({ type: 'text-delta', text });
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
