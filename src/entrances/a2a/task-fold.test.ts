import { Role, TaskState, type Message, type Part } from '@a2a-js/sdk';
import { AgentEvent, InMemoryTaskStore, ResultManager, ServerCallContext, type AgentExecutionEvent } from '@a2a-js/sdk/server';
import { describe, expect, it } from 'vitest';
import { CallerUser } from './contexts.ts';
import { agentMessage, artifact, textPart } from './parts.ts';
import { foldTask } from './task-fold.ts';

const taskId = 'task-1';
const contextId = 'ctx-1';
const asked: Message = { messageId: 'm-1', contextId, taskId, role: Role.ROLE_USER, parts: [textPart('晨光咖啡北京有哪些门店？')], metadata: undefined, extensions: [], referenceTaskIds: [] };
const status = (state: TaskState, parts: Part[] = [], at = '2026-11-20T02:00:00.000Z') => AgentEvent.statusUpdate({
  taskId, contextId, metadata: undefined, status: { state, message: parts.length ? agentMessage(taskId, contextId, parts) : undefined, timestamp: at },
});
const shown = (name: string, text: string) => AgentEvent.artifactUpdate({ taskId, contextId, artifact: artifact(name, [textPart(text)]), append: false, lastChunk: true, metadata: undefined });

/** What the SDK's own result manager saves last for these events. */
async function sdkSaves(events: AgentExecutionEvent[]) {
  const tasks = new InMemoryTaskStore();
  const context = new ServerCallContext({ user: new CallerUser({ userId: 'amy', entrance: 'a2a:phone' }) });
  const manager = new ResultManager(tasks, context);
  manager.setContext(asked);
  for (const event of events) await manager.processEvent(event);
  return tasks.load(taskId, context);
}

describe('a new task\'s events, folded as the SDK folds them', () => {
  const opened = AgentEvent.task({ id: taskId, contextId, artifacts: [], history: [asked], metadata: undefined, status: { state: TaskState.TASK_STATE_SUBMITTED, message: undefined, timestamp: '2026-11-20T02:00:00.000Z' } });

  it('gives the task the SDK saves: a card shown, the reply, the answer', async () => {
    const card = shown('coffee.listStores', '国贸店 · 中关村店');
    const events = [opened, status(TaskState.TASK_STATE_WORKING), card, shown('reply', '北京有 2 家门店'), status(TaskState.TASK_STATE_COMPLETED, [textPart('北京有 2 家门店')], '2026-11-20T02:00:01.000Z')];
    expect(foldTask(events)).toEqual(await sdkSaves(events));
  });

  it('gives the task the SDK saves for a question left waiting and a failure, and leaves the events as they were', async () => {
    for (const last of [status(TaskState.TASK_STATE_INPUT_REQUIRED, [textPart('哪家店？')]), status(TaskState.TASK_STATE_FAILED, [textPart('出了点问题')])]) {
      const events = [opened, status(TaskState.TASK_STATE_WORKING), last];
      const before = structuredClone(events);
      expect(foldTask(events)).toEqual(await sdkSaves(events));
      expect(events).toEqual(before);
    }
  });

  it('folds nothing it does not know to fold as the SDK does', () => {
    expect(foldTask([status(TaskState.TASK_STATE_WORKING)])).toBeUndefined(); // no task to start from
    const card = shown('coffee.listStores', '国贸店');
    expect(foldTask([opened, card, { ...card, data: { ...card.data, append: true } } as AgentExecutionEvent])).toBeUndefined();
  });
});
