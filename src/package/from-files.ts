import type { Result } from '../core/index.ts';
import { parseJsonText } from './json-text.ts';
import { isRecord, LoadContext } from './load-context.ts';
import { packageHash } from './package-hash.ts';
import { parseAppJson } from './parse-app-json.ts';
import { declaredFile, parsePageMeta } from './parse-page-meta.ts';
import { ComponentLoader, parsePages } from './parse-pages.ts';
import { parseSkill } from './parse-skill.ts';
import { normalizePath, unsafePathReason } from './paths.ts';
import { bilingual, makeProblem } from './problem.ts';
import type { MiniProgramPackage, PackageFiles, Problem, SkillSource } from './types.ts';

/** Normalised keys; a key that is absolute or climbs out with `..` is refused. */
function normalizeKeys(files: PackageFiles, sourceName: string): Result<PackageFiles, Problem[]> {
  const normalized: PackageFiles = {};
  const problems: Problem[] = [];
  for (const [key, content] of Object.entries(files)) {
    const reason = unsafePathReason(key);
    if (reason) {
      problems.push(
        makeProblem({
          rule: 'package/unsafe-path',
          severity: 'error',
          file: sourceName,
          field: key,
          message: bilingual(`The file path "${key}" ${reason}.`, `文件路径 "${key}" 不安全（绝对路径或含 ".."）。`),
          fix: bilingual('use paths relative to the package folder.', '请使用相对小程序目录的路径。'),
        }),
      );
      continue;
    }
    const path = normalizePath(key);
    if (path) normalized[path] = content;
  }
  return problems.length > 0 ? { ok: false, error: problems } : { ok: true, value: normalized };
}

/** project.config.json, read quietly: it belongs to the developer tool, not to the mini-program. */
function projectConfig(files: PackageFiles): Record<string, unknown> {
  const text = files['project.config.json'];
  if (text === undefined) return {};
  const parsed = parseJsonText(text);
  return parsed.ok && isRecord(parsed.value) ? parsed.value : {};
}

/** Honors `miniprogramRoot` (a project whose mini-program lives in a subfolder such as `miniprogram/`). */
function reRoot(files: PackageFiles, config: Record<string, unknown>): PackageFiles {
  const root = typeof config.miniprogramRoot === 'string' ? normalizePath(config.miniprogramRoot) : '';
  if (!root || files['app.json'] !== undefined || files[`${root}/app.json`] === undefined) return files;
  const inner: PackageFiles = {};
  for (const [path, content] of Object.entries(files)) {
    if (path.startsWith(`${root}/`)) inner[path.slice(root.length + 1)] = content;
  }
  if (files['project.config.json'] !== undefined) inner['project.config.json'] = files['project.config.json'];
  return inner;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Builds the typed package model from its files. Loading never stops at the first problem: every
 * problem found is returned (with file, line or field, rule id and fix) when any is an error.
 */
export function loadPackageFromFiles(input: PackageFiles, sourceName: string): Result<MiniProgramPackage, Problem[]> {
  const keyed = normalizeKeys(input, sourceName);
  if (!keyed.ok) return keyed;
  const config = projectConfig(keyed.value);
  const files = reRoot(keyed.value, config);
  const ctx = new LoadContext(files);
  const app = parseAppJson(ctx);
  if (!app) return { ok: false, error: ctx.problems };
  const components = new ComponentLoader(ctx);
  components.useAll(app, 'app.json');
  const pages = parsePages(ctx, app, components);
  const skills: SkillSource[] = [];
  app.agent?.skills?.forEach((declared, index) => {
    const skill = parseSkill(ctx, declared, index, components);
    if (skill) skills.push(skill);
  });
  const pageMeta = parsePageMeta(ctx, app);
  const instruction = app.agent?.instruction;
  const agentsFile = instruction !== undefined ? declaredFile(ctx, instruction, 'agent.instruction') : ctx.has('AGENTS.md') ? 'AGENTS.md' : undefined;
  if (ctx.problems.some((problem) => problem.severity === 'error')) return { ok: false, error: ctx.problems };
  const title = isRecord(app.window) ? stringOf(app.window.navigationBarTitleText) : undefined;
  return {
    ok: true,
    value: {
      appId: stringOf(config.appid),
      sourceName,
      hash: packageHash(files),
      files,
      app,
      appJs: ctx.text('app.js'),
      pages,
      components: [...components.components.values()],
      skills,
      pageMeta,
      agentsMd: agentsFile !== undefined ? ctx.text(agentsFile) : undefined,
      displayName: stringOf(config.projectname) ?? title ?? sourceName,
    },
  };
}
