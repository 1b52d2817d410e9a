import type { ApiDeclaration, MiniProgramPackage, PackageFiles } from '../package/index.ts';
import { sha256 } from '../core/index.ts';
import { scratchServices } from './review-services.ts';

/**
 * Builds a package model straight from a skill description, for the runtime's own tests
 * (the loader has its own tests; this keeps the sandbox tests independent of it).
 */
export function skillPackage(appId: string, skills: { path: string; files: PackageFiles; apis: Partial<ApiDeclaration>[] }[], extra: PackageFiles = {}): MiniProgramPackage {
  const files: PackageFiles = { ...extra };
  for (const s of skills) for (const [k, v] of Object.entries(s.files)) files[`${s.path}/${k}`] = v;
  return {
    appId, sourceName: appId, hash: sha256(JSON.stringify(files)), files,
    app: { pages: [], agent: { skills: skills.map((s) => ({ name: s.path.split('/').pop() ?? s.path, description: 'test', path: s.path })) } },
    appJs: files['app.js'], pages: [], components: [], pageMeta: [], agentsMd: undefined, displayName: appId,
    skills: skills.map((s) => ({
      name: s.path.split('/').pop() ?? s.path, description: 'test', path: s.path, skillMd: '', frontMatter: {},
      components: [], mcpJsonCompactBytes: 0, entry: `${s.path}/index.js`,
      apis: s.apis.map((a) => ({ name: a.name ?? 'x', description: a.description ?? '', inputSchema: a.inputSchema ?? { type: 'object' }, examples: [], ...a })),
    })),
  };
}

/** Platform services that keep orders in memory and hand out the user data given. */
export const memoryServices = scratchServices;
