import type { Message, SendMessageRequest, StreamResponse, Task } from '@a2a-js/sdk';
import { DefaultRequestHandler, type AgentExecutor, type ServerCallContext, type TaskStore } from '@a2a-js/sdk/server';
import { agentCard } from './agent-card.ts';
import type { A2aContexts } from './contexts.ts';

/**
 * The SDK's request handler, except that a message naming neither a context nor a task gets
 * its new context id from `A2aContexts.mint` rather than the SDK's own `randomUUID`: the
 * same kind of id, but one the contexts know no row can hold yet, so opening it reads nothing.
 */
export class HubRequestHandler extends DefaultRequestHandler {
  readonly #contexts: A2aContexts;

  constructor(tasks: TaskStore, executor: AgentExecutor, contexts: A2aContexts) {
    super(agentCard(''), tasks, executor);
    this.#contexts = contexts;
  }

  override sendMessage(params: SendMessageRequest, context: ServerCallContext): Promise<Message | Task> {
    return super.sendMessage(this.#minted(params), context);
  }

  override sendMessageStream(params: SendMessageRequest, context: ServerCallContext): AsyncGenerator<StreamResponse, void, undefined> {
    return super.sendMessageStream(this.#minted(params), context);
  }

  #minted(params: SendMessageRequest): SendMessageRequest {
    const { message } = params;
    if (!message || message.contextId || message.taskId) return params;
    return { ...params, message: { ...message, contextId: this.#contexts.mint() } };
  }
}
