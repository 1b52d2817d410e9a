export { mcpRoutes, type McpRouteOptions } from './mcp-routes.ts';
export { hubMcpServer, type McpDeps } from './mcp-server.ts';
export { StateSealer, type HeldDecision } from './sealed-state.ts';
