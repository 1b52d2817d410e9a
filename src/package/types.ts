/**
 * The typed model of a mini-program package (the WeChat format plus its AI extension,
 * docs: ../shared/docs/MINIPROGRAM-AI.md). Produced by `loadPackage`; read by review,
 * analyzer, runtime and catalog. Paths are package-relative, with forward slashes, no leading `./`.
 */

/** Every file of the package as text (binary files base64 with a `base64:` prefix). */
export type PackageFiles = Record<string, string>;

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  description?: string;
  [key: string]: unknown;
}

export interface ToolAnnotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  /** AgentOS: the API commits the user (books, cancels, refunds) and needs the user's confirmation. */
  confirmRequired?: boolean;
}

/** One `apis` entry of mcp.json: an MCP tool definition. */
export interface ApiDeclaration {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations?: ToolAnnotations;
  /** `_meta.ui.componentPath`, resolved against the skill folder. */
  componentPath?: string;
  /** `_meta.ui.pagePath` (or a top-level `pagePath`). */
  pagePath?: string;
  /** Example calls for the contract run: `examples` in mcp.json or the skill's tests/ files. */
  examples: ApiExample[];
}

export interface ApiExample {
  name?: string;
  arguments: Record<string, unknown>;
  /** What the result must be: `isError` expected, or a subset of `structuredContent`. */
  expect?: { isError?: boolean; structuredContent?: Record<string, unknown> };
  /** Storage (per user) to start from, for examples that need state. */
  storage?: Record<string, unknown>;
}

export interface ComponentDeclaration {
  path: string;
  relatedPage?: string;
  expirable?: boolean;
  expiredText?: string;
  dynamic: boolean;
}

export interface SkillSource {
  name: string;
  description: string;
  /** The skill folder, as declared in app.json (`skills/drink-skill`). */
  path: string;
  skillMd: string;
  /** YAML front matter of SKILL.md, when there is one. */
  frontMatter: Record<string, unknown>;
  apis: ApiDeclaration[];
  components: ComponentDeclaration[];
  /** Size of mcp.json as WeChat counts it: compact JSON characters, not counting any `outputSchema` (the 24,000 rule). */
  mcpJsonCompactBytes: number;
  entry: string;
}

export interface PageSource {
  /** `pages/menu/menu` */
  path: string;
  wxml: string;
  js: string | undefined;
  json: Record<string, unknown>;
  wxss: string | undefined;
}

export interface ComponentSource {
  path: string;
  wxml: string;
  js: string | undefined;
  json: Record<string, unknown>;
}

export interface PageMetaEntry {
  path: string;
  /** The page's display name (`name` in page-meta.json). */
  name?: string;
  description?: string;
  querySchema?: JsonSchema;
}

export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  window?: Record<string, unknown>;
  agent?: {
    instruction?: string;
    pageMetadata?: string;
    skills?: { name: string; description: string; path: string }[];
  };
  pageMetadata?: string;
  requiredPrivateInfos?: string[];
  permission?: Record<string, { desc?: string }>;
  [key: string]: unknown;
}

export interface MiniProgramPackage {
  /** From project.config.json `appid`, when present. */
  appId: string | undefined;
  /** The folder name, or the archive's name without extension. */
  sourceName: string;
  /** sha256 of the canonical files; the immutable version of an install. */
  hash: string;
  files: PackageFiles;
  app: AppJson;
  appJs: string | undefined;
  pages: PageSource[];
  components: ComponentSource[];
  skills: SkillSource[];
  pageMeta: PageMetaEntry[];
  agentsMd: string | undefined;
  /** A short, human name for the mini-program (project.config.json `projectname`, else app.json `window.navigationBarTitleText`, else sourceName). */
  displayName: string;
}

export type Severity = 'error' | 'warning';

/** One finding about a package: a parse error or a review rule. Renders itself for a person. */
export interface Problem {
  /** Stable id: `package/json-syntax`, `skill/max-count`, `bp/fact-action`, … */
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  /** 1-based column, for syntax errors. */
  column?: number;
  field?: string;
  fix?: string;
  /** The rule of WeChat's own validator (`mp-skills`, V001–V021) that checks the same, when one does. */
  wechat?: string;
}
