export { Orchestrator } from './orchestrator.ts';
export { SessionStore, type SessionRecord, type SessionSummary } from './session-store.ts';
export { LocalSessionFeed, type SessionFeed } from './session-feed.ts';
export { LocalPlanner } from './local/local-planner.ts';
export type { Planner, PlannerInput, PlannerStep, Transcript, PlannerCatalog } from './planner.ts';
export type { HubEvent, SequencedEvent, TaskState, CardView, ConfirmationRequest } from './events.ts';
export type { UserInput, TurnResult } from './inputs.ts';
export type { OrchestratorDeps } from './deps.ts';
export { LlmPlanner, type LlmPlannerOptions } from './llm/llm-planner.ts';
