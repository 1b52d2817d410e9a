export { mcpRoutes, type McpRouteOptions } from './mcp-routes.ts';
export { hubMcpServer, mcpDeps, type McpDeps } from './mcp-server.ts';
export type { HeldDecision } from './outcome.ts';
