export { a2aRoutes } from './a2a-routes.ts';
export { agentCard, liveSkills, A2A_PATHS } from './agent-card.ts';
