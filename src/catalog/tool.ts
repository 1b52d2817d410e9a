import type { ApiDeclaration, JsonSchema, ToolAnnotations } from '../package/index.ts';

/** One callable tool as discovery and planners see it: an API of a live mini-program version. */
export interface Tool {
  /** `appId.api` — unique across the hub. */
  id: string;
  appId: string;
  appName: string;
  appNameEn?: string;
  version: string;
  skill: string;
  api: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations?: ToolAnnotations;
  componentPath?: string;
  /** The names of sibling APIs in the same skill (for ID sources). */
  siblings: string[];
}

export function toolFrom(app: { appId: string; appName: string; appNameEn?: string; version: string }, skill: { path: string; apis: ApiDeclaration[] }, api: ApiDeclaration): Tool {
  return {
    id: `${app.appId}.${api.name}`,
    appId: app.appId,
    appName: app.appName,
    ...(app.appNameEn ? { appNameEn: app.appNameEn } : {}),
    version: app.version,
    skill: skill.path,
    api: api.name,
    description: api.description,
    inputSchema: api.inputSchema,
    ...(api.outputSchema ? { outputSchema: api.outputSchema } : {}),
    ...(api.annotations ? { annotations: api.annotations } : {}),
    ...(api.componentPath ? { componentPath: api.componentPath } : {}),
    siblings: skill.apis.map((a) => a.name),
  };
}

/** True when the API commits the user and needs the user's confirmation before it runs. */
export function isConfirmRequired(tool: Pick<Tool, 'annotations'>): boolean {
  const a = tool.annotations ?? {};
  return a.confirmRequired === true || (a.destructiveHint === true && a.readOnlyHint !== true);
}
