import { describe, expect, it, vi } from 'vitest';
import type { UserProfile } from '../memory/index.ts';
import type { HubEvent, SequencedEvent } from './events.ts';
import { emptyState } from './session-state.ts';
import type { SessionRecord } from './session-store.ts';
import { Turn } from './turn.ts';

const user = (lang: 'zh' | 'en' = 'zh'): UserProfile => ({ id: 'u1', name: '小王', lang, addresses: [], passengers: [], preferences: {} });
const session = (): SessionRecord => ({ id: 's1', userId: 'u1', entrance: 'web', state: emptyState() });

/** A turn whose store records every save: the events it was given, in order. */
function recordedTurn(lang: 'zh' | 'en' = 'zh') {
  const heard: HubEvent[] = [];
  const saves: HubEvent[][] = [];
  const save = vi.fn(async (turn: Turn): Promise<SequencedEvent[]> => {
    const events = turn.takeUnsaved();
    saves.push(events);
    return events.map((event, i) => ({ seq: saves.flat().length - events.length + i + 1, event }) as unknown as SequencedEvent);
  });
  const turn = new Turn(session(), user(lang), 'web', (event) => heard.push(event), save);
  return { turn, heard, saves, save };
}

describe('a turn’s events reach the entrance and the store', () => {
  it('hands every event to the entrance as it happens', () => {
    const { turn, heard } = recordedTurn();
    turn.emit({ type: 'message', role: 'assistant', text: 'hi' });
    expect(heard).toEqual([{ type: 'message', role: 'assistant', text: 'hi' }]);
    expect(turn.events).toEqual(heard);
  });

  it('saves each event exactly once, across checkpoints: a crash loses nothing and a restart repeats nothing', async () => {
    const { turn, saves } = recordedTurn();
    turn.emit({ type: 'message', role: 'assistant', text: 'one' });
    turn.emit({ type: 'message', role: 'assistant', text: 'two' });
    await turn.checkpoint();
    turn.emit({ type: 'message', role: 'assistant', text: 'three' });
    await turn.checkpoint();
    await turn.checkpoint();
    expect(saves.map((events) => events.map((e) => (e as { text: string }).text))).toEqual([['one', 'two'], ['three'], []]);
    expect(turn.saved).toHaveLength(3);
  });

  it('streams a live piece to the entrance only, never to the store', async () => {
    const { turn, heard, saves } = recordedTurn();
    turn.stream({ type: 'text-delta', text: 'ty' });
    await turn.checkpoint();
    expect(heard).toEqual([{ type: 'text-delta', text: 'ty' }]);
    expect(turn.events).toEqual([]);
    expect(saves).toEqual([[]]);
  });

  it('works with neither a listener nor a store', async () => {
    const turn = new Turn(session(), user(), 'cli');
    turn.emit({ type: 'message', role: 'assistant', text: 'x' });
    turn.stream({ type: 'text-delta', text: 'x' });
    await turn.checkpoint();
    expect(turn.saved).toEqual([]);
    expect(turn.takeUnsaved()).toHaveLength(1);
  });
});

describe('the user’s request is saved before anything a stop could leave half done', () => {
  it('saveRequest saves a held request, once', async () => {
    const { turn, save } = recordedTurn();
    turn.holdRequest();
    await turn.saveRequest();
    expect(save).toHaveBeenCalledTimes(1);
    await turn.saveRequest();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saveRequest does nothing when no request is held, or it was saved by a checkpoint', async () => {
    const { turn, save } = recordedTurn();
    await turn.saveRequest();
    expect(save).not.toHaveBeenCalled();
    turn.holdRequest();
    await turn.checkpoint();
    await turn.saveRequest();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('what the assistant says', () => {
  it('goes into the transcript the planner reads, streamed and as a message', () => {
    const { turn, heard } = recordedTurn();
    turn.say('订好了');
    expect(turn.state.transcript).toEqual([{ role: 'assistant', text: '订好了' }]);
    expect(heard).toEqual([{ type: 'text-delta', text: '订好了' }, { type: 'message', role: 'assistant', text: '订好了' }]);
  });

  it('is not streamed twice when a model already streamed it', () => {
    const { turn, heard } = recordedTurn();
    turn.say('done', { streamed: true });
    expect(heard).toEqual([{ type: 'message', role: 'assistant', text: 'done' }]);
  });

  it('says nothing for an empty text', () => {
    const { turn, heard } = recordedTurn();
    turn.say('');
    expect(heard).toEqual([]);
    expect(turn.state.transcript).toEqual([]);
  });

  it('a hub note reaches the planner’s transcript but not the user', () => {
    const { turn, heard } = recordedTurn();
    turn.note('order o1 created');
    expect(turn.state.transcript).toEqual([{ role: 'hub', text: 'order o1 created' }]);
    expect(heard).toEqual([]);
  });

  it('speaks English only to a user who reads English', () => {
    expect(recordedTurn('en').turn.t('中', 'en')).toBe('en');
    expect(recordedTurn('en').turn.lang).toBe('en');
    expect(recordedTurn('zh').turn.t('中', 'en')).toBe('中');
    expect(new Turn(session(), { ...user(), lang: 'fr' as 'zh' }, 'web').lang).toBe('zh');
  });
});

describe('the task’s state', () => {
  it('announces a change of state of the session’s task', () => {
    const { turn, heard } = recordedTurn();
    turn.state.taskId = 't1';
    turn.setTask('working');
    expect(turn.state.taskState).toBe('working');
    expect(heard).toEqual([{ type: 'task-state', taskId: 't1', state: 'working' }]);
  });

  it('announces nothing when the state is unchanged, or there is no task', () => {
    const { turn, heard } = recordedTurn();
    turn.setTask('working');
    expect(turn.state.taskState).toBeUndefined();
    turn.state.taskId = 't1';
    turn.setTask('working');
    turn.setTask('working');
    expect(heard).toHaveLength(1);
  });
});

describe('the language a turn answers in', () => {
  it('follows what the user clearly writes in, over the profile, and keeps it for a bare number or a word or two', () => {
    const { turn } = recordedTurn('zh');
    expect(turn.lang).toBe('zh');
    turn.heard('Book me a table for two tonight');
    expect(turn.t('好', 'OK')).toBe('OK');
    for (const text of ['3', 'ok', 'No thanks', '👍']) {
      turn.heard(text);
      expect(turn.lang).toBe('en');
    }
    turn.heard('那就三点吧');
    expect(turn.lang).toBe('zh');
    expect(turn.state.lang).toBe('zh'); // kept in the session's state, for the next turn and a restart
  });

  it('takes the profile\'s language until the user says something that tells', () => {
    const { turn } = recordedTurn('en');
    turn.heard('3');
    expect(turn.lang).toBe('en');
  });
});
