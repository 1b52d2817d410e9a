import type { Task } from '@a2a-js/sdk';
import type { AgentExecutionEvent } from '@a2a-js/sdk/server';

/**
 * The task the SDK's result manager saves after a new task's events, applied as it applies them
 * (the task, then each status — its message joins the history once — and each artifact, which
 * replaces one of the same id): what the executor stores with the turn that produced them. If the
 * SDK ever saves something else, the task store sees a different task and writes it (`HubTaskStore`).
 * The task made shares the events' statuses, messages and artifacts (it is only written, never
 * changed), not their lists.
 */
export function foldTask(events: readonly AgentExecutionEvent[]): Task | undefined {
  let task: Task | undefined;
  for (const event of events) {
    if (event.kind === 'task') task = { ...event.data, history: [...event.data.history], artifacts: [...event.data.artifacts] };
    else if (!task) return undefined;
    else if (event.kind === 'statusUpdate') {
      const { status, metadata } = event.data;
      task.status = status;
      if (metadata) task.metadata = { ...task.metadata, ...metadata };
      const said = status?.message;
      if (said && !task.history.some((m) => m.messageId === said.messageId)) task.history.push(said);
    } else if (event.kind === 'artifactUpdate') {
      const { artifact, append, metadata } = event.data;
      if (!artifact) continue;
      const at = task.artifacts.findIndex((a) => a.artifactId === artifact.artifactId);
      if (at >= 0 && append) return undefined; // not what the executor publishes
      if (at >= 0) task.artifacts[at] = artifact;
      else task.artifacts.push(artifact);
      if (metadata) task.metadata = { ...task.metadata, ...metadata };
    } else return undefined;
  }
  return task;
}
