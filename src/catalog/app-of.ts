/** The mini-program a tool belongs to, from its id (`appId.api`): what comes before the first dot. */
export function appOfTool(toolId: string): string {
  const dot = toolId.indexOf('.');
  return dot < 0 ? toolId : toolId.slice(0, dot);
}
