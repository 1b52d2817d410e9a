import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { EVENT_TYPES, type HubEvent, type TaskState, type TurnResult } from '../types.ts';

/** A line of the conversation: an event of the feed, or what the user said (said here, not in the feed). */
export type Item = { key: string; event: HubEvent } | { key: string; user: string };

type Input =
  | { type: 'message'; text: string }
  | { type: 'confirm'; confirmationId: string; token: string; accept: boolean }
  | { type: 'consent'; appId: string; scope: string; grant: boolean };

const KEY = 'agentos.session';
type Saved = { userId: string; sessionId: string; said: { afterSeq: number; text: string; n: number }[] };
function restore(userId: string): Saved | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Saved | null;
    return saved?.userId === userId ? saved : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One conversation: the feed over server-sent events (streamed as the hub saves them), the
 * turns posted, and the confirmation tokens this page was given (kept in memory only).
 */
export function useSession(userId: string) {
  const saved = restore(userId);
  const [sessionId, setSessionId] = useState<string | undefined>(saved?.sessionId);
  const [events, setEvents] = useState<Map<number, HubEvent>>(new Map());
  const [said, setSaid] = useState<{ afterSeq: number; text: string; n: number }[]>(saved?.said ?? []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const tokens = useRef<Record<string, string>>({});
  const lastSeq = useRef(0);
  /** The user's answers on cards: a confirmation's id, or `appId scope` for consent → accepted. */
  const [answers, setAnswers] = useState<Record<string, boolean>>({});

  const merge = useCallback((incoming: HubEvent[]) => {
    if (!incoming.length) return;
    setEvents((old) => {
      const next = new Map(old);
      for (const e of incoming) {
        next.set(e.seq, e);
        lastSeq.current = Math.max(lastSeq.current, e.seq);
      }
      return next;
    });
  }, []);

  // A reload picks the conversation up: the feed replays, and pending confirmations get fresh tokens.
  useEffect(() => {
    if (!saved?.sessionId) return;
    api<TurnResult>(`/api/sessions/${encodeURIComponent(saved.sessionId)}/resume`, { method: 'POST' })
      .then((turn) => { Object.assign(tokens.current, turn.tokens); merge(turn.events); }, () => {
        sessionStorage.removeItem(KEY);
        setSessionId(undefined);
        setSaid([]);
      });
  }, []);
  useEffect(() => {
    if (sessionId) sessionStorage.setItem(KEY, JSON.stringify({ userId, sessionId, said }));
  }, [sessionId, said, userId]);

  useEffect(() => {
    if (!sessionId) return;
    const source = new EventSource(`/api/sessions/${encodeURIComponent(sessionId)}/events?after=${lastSeq.current}`);
    const onEvent = (m: MessageEvent<string>) => merge([JSON.parse(m.data) as HubEvent]);
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent);
    return () => source.close();
  }, [sessionId, merge]);

  /** The conversation's id, opening one first when there is none yet. */
  const ensure = useCallback(async (): Promise<string> => {
    if (sessionId) return sessionId;
    const id = (await api<{ sessionId: string }>('/api/sessions', { body: { user: userId } })).sessionId;
    setSessionId(id);
    return id;
  }, [sessionId, userId]);

  /** One exchange with the hub: busy while it runs, its tokens kept, its events merged, its error shown. */
  const exchange = useCallback(async (request: () => Promise<TurnResult>) => {
    setBusy(true);
    setError('');
    try {
      const turn = await request();
      Object.assign(tokens.current, turn.tokens);
      merge(turn.events);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [merge]);

  const post = useCallback((input: Input, shown?: string) => exchange(async () => {
    const id = await ensure();
    if (shown) setSaid((old) => [...old, { afterSeq: lastSeq.current, text: shown, n: old.length }]);
    return api<TurnResult>(`/api/sessions/${encodeURIComponent(id)}/input`, { body: input });
  }), [ensure, exchange]);

  const tap = useCallback(async (seq: number, path: string) => {
    if (!sessionId) return;
    await exchange(() => api<TurnResult>(`/api/sessions/${encodeURIComponent(sessionId)}/card-tap`, { body: { seq, path } }));
  }, [sessionId, exchange]);

  const ordered = [...events.values()].sort((a, b) => a.seq - b.seq);
  const items: Item[] = [];
  let next = 0;
  for (const event of ordered) {
    while (next < said.length && said[next]!.afterSeq < event.seq) items.push({ key: `u${said[next]!.n}`, user: said[next++]!.text });
    items.push({ key: `e${event.seq}`, event });
  }
  while (next < said.length) items.push({ key: `u${said[next]!.n}`, user: said[next++]!.text });

  const taskState = [...ordered].reverse().find((e) => e.type === 'task-state') as (HubEvent & { type: 'task-state' }) | undefined;

  return {
    sessionId, items, busy, error, answers, taskState: taskState?.state as TaskState | undefined,
    say: (text: string) => post({ type: 'message', text }, text),
    confirm: (confirmationId: string, accept: boolean) => {
      const token = tokens.current[confirmationId];
      if (!token) return Promise.resolve(setError('此确认卡片已失效，请重新下单 / this card is no longer valid; ask again'));
      delete tokens.current[confirmationId];
      setAnswers((old) => ({ ...old, [confirmationId]: accept }));
      return post({ type: 'confirm', confirmationId, token, accept });
    },
    consent: (appId: string, scope: string, grant: boolean) => {
      setAnswers((old) => ({ ...old, [`${appId} ${scope}`]: grant }));
      return post({ type: 'consent', appId, scope, grant });
    },
    tap,
    ensure,
    reset: () => {
      sessionStorage.removeItem(KEY);
      setSessionId(undefined);
      setEvents(new Map());
      setSaid([]);
      tokens.current = {};
      setAnswers({});
      lastSeq.current = 0;
    },
  };
}
