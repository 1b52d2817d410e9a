import { TaskState, type Part } from '@a2a-js/sdk';
import { AgentEvent, type AgentExecutionEvent, type AgentExecutor, type ExecutionEventBus, type RequestContext } from '@a2a-js/sdk/server';
import { AgentOsError, toAgentOsError } from '../../core/index.ts';
import type { Hub } from '../../hub/index.ts';
import type { HubEvent, TurnResult, TaskState as HubTaskState, WithLastSave } from '../../orchestrator/index.ts';
import { describeConfirmation, describeConsent, replyText } from '../agents/index.ts';
import { CallerUser, type A2aContexts } from './contexts.ts';
import { agentMessage, artifact, cardData, confirmationData, consentData, dataPart, readInput, textPart } from './parts.ts';
import { foldTask } from './task-fold.ts';
import type { HubTaskStore } from './task-store.ts';

const FINAL: Partial<Record<HubTaskState, TaskState>> = {
  completed: TaskState.TASK_STATE_COMPLETED, failed: TaskState.TASK_STATE_FAILED,
  canceled: TaskState.TASK_STATE_CANCELED, rejected: TaskState.TASK_STATE_REJECTED,
};

/**
 * A2A's executor over the orchestrator: a message is one turn of the context's session
 * (words, or the user's decision on what the task asked); cards and receipts stream as
 * artifacts; a confirmation or consent leaves the task input-required with a data part
 * saying exactly what is asked. Nothing here decides what is paid: the orchestrator does.
 */
export class HubExecutor implements AgentExecutor {
  readonly #hub: Hub;
  readonly #contexts: A2aContexts;
  readonly #tasks: HubTaskStore;

  constructor(hub: Hub, contexts: A2aContexts, tasks: HubTaskStore) {
    this.#hub = hub;
    this.#contexts = contexts;
    this.#tasks = tasks;
  }

  execute = async (request: RequestContext, bus: ExecutionEventBus): Promise<void> => {
    const { taskId, contextId } = request;
    const published: AgentExecutionEvent[] = [];
    const publish = (event: AgentExecutionEvent) => {
      published.push(event);
      bus.publish(event);
    };
    const status = (state: TaskState, parts: Part[] = []) => AgentEvent.statusUpdate({
      taskId, contextId, metadata: undefined,
      status: { state, message: parts.length ? agentMessage(taskId, contextId, parts) : undefined, timestamp: new Date().toISOString() },
    });
    /** The reply's artifact and the status the turn leaves the task in. */
    const closing = (result: TurnResult): AgentExecutionEvent[] => {
      const [state, parts] = outcome(result, request.task?.status?.message?.parts ?? []);
      const reply = state === TaskState.TASK_STATE_COMPLETED && parts.length
        ? [AgentEvent.artifactUpdate({ taskId, contextId, artifact: artifact('reply', parts), append: false, lastChunk: true, metadata: undefined })] : [];
      return [...reply, status(state, parts)];
    };
    if (!request.task) {
      this.#tasks.created(taskId, request.context);
      publish(AgentEvent.task({
        id: taskId, contextId, artifacts: [], history: [request.userMessage], metadata: undefined,
        status: { state: TaskState.TASK_STATE_SUBMITTED, message: undefined, timestamp: new Date().toISOString() },
      }));
    }
    // A new task's last state is stored in the turn's own save (one statement, and both or neither);
    // a turn that leaves tokens to hold writes them first, as before, so it is not done so.
    let storedClosing: AgentExecutionEvent[] | undefined;
    const withLastSave: WithLastSave | undefined = request.task ? undefined : async (result) => {
      if (Object.keys(result.tokens).length) return undefined;
      const last = closing(result);
      const task = foldTask([...published, ...last]);
      const write = task && (await this.#tasks.withTurn(task, request.context));
      if (write) storedClosing = last;
      return write;
    };
    try {
      const { caller } = request.context.user as CallerUser;
      const { sessionId, opening } = await this.#contexts.session(contextId, caller);
      publish(status(TaskState.TASK_STATE_WORKING));
      const listener = (event: HubEvent) => {
        const shown = artifactOf(event);
        if (shown) publish(AgentEvent.artifactUpdate({ taskId, contextId, artifact: shown, append: false, lastChunk: true, metadata: undefined }));
      };
      const read = readInput(request.userMessage);
      let result: TurnResult;
      if (read.kind === 'decision') {
        const token = opening ? undefined : await this.#contexts.token(contextId, caller.userId, read.confirmationId);
        if (!token) throw new AgentOsError('NOT_FOUND', `这个任务没有待确认的 ${read.confirmationId} / no confirmation ${read.confirmationId} waits in this task`, { where: 'confirmationId', fix: 'answer with the confirmationId of the input-required status' });
        result = await this.#hub.orchestrator.send(sessionId, { type: 'confirm', confirmationId: read.confirmationId, token, accept: read.accept }, listener, withLastSave);
      } else if (opening) {
        result = await this.#hub.orchestrator.start(caller.userId, caller.entrance, read.input, listener, sessionId, withLastSave);
        this.#contexts.opened(contextId, caller);
      } else {
        result = await this.#hub.orchestrator.send(sessionId, read.input, listener, withLastSave);
      }
      if (storedClosing) this.#tasks.storedWithTurn(taskId, request.context);
      await this.#contexts.hold(contextId, sessionId, caller.userId, result.tokens);
      for (const event of storedClosing ?? closing(result)) publish(event);
    } catch (error) {
      const e = toAgentOsError(error);
      // A wrong answer to a waiting task (an unknown confirmation id) leaves the question standing.
      const waiting = request.task?.status?.state === TaskState.TASK_STATE_INPUT_REQUIRED && e.code !== 'INTERNAL';
      const asked = waiting ? (request.task?.status?.message?.parts ?? []).filter((p) => p.content?.$case === 'data') : [];
      publish(status(waiting ? TaskState.TASK_STATE_INPUT_REQUIRED : TaskState.TASK_STATE_FAILED, [textPart(e.message), ...asked]));
    } finally {
      bus.finished();
    }
  };

  cancelTask = async (taskId: string, bus: ExecutionEventBus): Promise<void> => {
    await this.#tasks.flush();
    // A context the hub minted is its session; one a client named leads to it through its row.
    const [row] = await this.#hub.store.query<{ context_id: string; session_id: string | null }>(
      `SELECT t.context_id, coalesce(c.session_id, s.id) AS session_id FROM a2a_tasks t
       LEFT JOIN a2a_contexts c ON c.id = t.context_id LEFT JOIN sessions s ON s.id = t.context_id AND s.user_id = t.owner WHERE t.id = $1`, [taskId]);
    if (!row?.session_id) return;
    const result = await this.#hub.orchestrator.cancel(row.session_id);
    bus.publish(AgentEvent.statusUpdate({
      taskId, contextId: row.context_id, metadata: undefined,
      status: { state: TaskState.TASK_STATE_CANCELED, message: agentMessage(taskId, row.context_id, [textPart(replyText(result.events) || '已取消 / canceled')]), timestamp: new Date().toISOString() },
    }));
    bus.finished();
  };
}

/** A card the user would have seen, or a receipt: what an agent shows its user as the task goes. */
function artifactOf(event: HubEvent) {
  if (event.type === 'card') return artifact(`${event.card.appId}.${event.card.api}`, [textPart(event.card.text), dataPart(cardData(event.card))]);
  if (event.type === 'payment' && event.status === 'captured') {
    return artifact('receipt', [textPart(event.message), dataPart({ type: 'receipt', appId: event.appId, orderId: event.orderId, amount: event.amount, currency: 'CNY', status: event.status })]);
  }
  return undefined;
}

/** Where the turn left the task, and the status message that says so. */
function outcome(result: TurnResult, askedBefore: Part[]): [TaskState, Part[]] {
  const said = replyText(result.events);
  for (const event of result.events) {
    if (event.type === 'confirmation-request' && result.tokens[event.confirmation.confirmationId]) {
      return [TaskState.TASK_STATE_INPUT_REQUIRED, [textPart(describeConfirmation(event.confirmation)), dataPart(confirmationData(event.confirmation))]];
    }
    if (event.type === 'consent-request') return [TaskState.TASK_STATE_INPUT_REQUIRED, [textPart(describeConsent(event)), dataPart(consentData(event))]];
  }
  const text = [result.error?.message, said].filter((t, i, all): t is string => !!t && all.indexOf(t) === i).join('\n');
  if (result.waitingFor.length) {
    // Still waiting (a refused answer, or a question): the question stands, with what went wrong.
    const asked = result.waitingFor.includes('answer') ? [] : askedBefore.filter((p) => p.content?.$case === 'data');
    return [TaskState.TASK_STATE_INPUT_REQUIRED, [...(text ? [textPart(text)] : []), ...asked]];
  }
  const state = result.error ? TaskState.TASK_STATE_FAILED : (FINAL[result.taskState ?? 'completed'] ?? TaskState.TASK_STATE_COMPLETED);
  return [state, text ? [textPart(text)] : []];
}
