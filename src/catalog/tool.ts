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
  /** Served by a remote vertical service (an MCP server, an A2A agent) instead of a mini-program. */
  remote?: 'mcp' | 'a2a';
}

/** Tools from outside the catalog's packages (remote services), reviewed and approved elsewhere. */
export interface ToolSource {
  /** Changes whenever the set of live tools does. */
  key(): Promise<string>;
  /**
   * The same key as one scalar SQL expression, read in the statement that reads the catalog's
   * live versions; only over tables whose every change moves the catalog stamp (`STAMP_SQL`).
   */
  readonly keySql?: string;
  tools(): Promise<Tool[]>;
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

/** True when the API declares it only reads (and does not commit the user): calling it again changes nothing. */
export function isReadOnly(tool: Pick<Tool, 'annotations'>): boolean {
  return tool.annotations?.readOnlyHint === true && !isConfirmRequired(tool);
}
