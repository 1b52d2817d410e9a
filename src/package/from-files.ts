import type { Result } from '../core/index.ts';
import { compileSources } from './compile-js.ts';
import { isRecord, LoadContext } from './load-context.ts';
import { packageHash } from './package-hash.ts';
import { parseAppJson } from './parse-app-json.ts';
import { declaredFile, parsePageMeta } from './parse-page-meta.ts';
import { ComponentLoader, parsePages } from './parse-pages.ts';
import { parseSkill } from './parse-skill.ts';
import { normalizePath, unsafePathReason } from './paths.ts';
import { bilingual, makeProblem } from './problem.ts';
import { applyProjectConfig, readProjectConfig, strayAppJson, type ProjectConfig } from './project-config.ts';
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

/** Why there is no app.json where the mini-program should be, naming `miniprogramRoot` and where one lies. */
function missingAppJson(files: PackageFiles, config: ProjectConfig): Problem {
  const stray = strayAppJson(files);
  const strayRoot = stray?.slice(0, -'/app.json'.length);
  const at = stray ? bilingual(` There is one at ${stray}.`, `在 ${stray} 有一个。`) : '';
  const message = config.root
    ? bilingual(`project.config.json sets "miniprogramRoot" to "${config.root}/", but ${config.root}/app.json is not in the package.${at}`, `project.config.json 的 "miniprogramRoot" 是 "${config.root}/"，但包中没有 ${config.root}/app.json。${at}`)
    : bilingual(`The package has no app.json at its top level.${at}`, `包的顶层没有 app.json。${at}`);
  const fix = strayRoot !== undefined
    ? bilingual(`set "miniprogramRoot": "${strayRoot}/" in project.config.json, or pack the folder ${strayRoot}/ itself.`, `请在 project.config.json 中设置 "miniprogramRoot": "${strayRoot}/"，或直接打包 ${strayRoot}/ 目录。`)
    : bilingual('put app.json (with "pages") at the top of the package (or where "miniprogramRoot" points), or pack the folder that contains it.', '请在包顶层（或 "miniprogramRoot" 指向的目录）放置 app.json（含 "pages"），或打包包含它的目录。');
  return makeProblem({ rule: 'package/app-json', severity: 'error', file: config.root ? 'project.config.json' : 'app.json', ...(config.root ? { field: 'miniprogramRoot' } : {}), message, fix });
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
  let config = readProjectConfig(keyed.value);
  // A package packed from inside its miniprogramRoot still carries the project's config: use its top.
  if (config.root && keyed.value[`${config.root}/app.json`] === undefined && keyed.value['app.json'] !== undefined) config = { ...config, root: '' };
  if (keyed.value[config.root ? `${config.root}/app.json` : 'app.json'] === undefined) return { ok: false, error: [missingAppJson(keyed.value, config)] };
  const compiled = compileSources(applyProjectConfig(keyed.value, config));
  const files = compiled.files;
  const ctx = new LoadContext(files);
  ctx.problems.push(...compiled.problems);
  const app = parseAppJson(ctx);
  if (!app) return { ok: false, error: ctx.problems.length > 0 ? ctx.problems : [missingAppJson(keyed.value, config)] };
  const components = new ComponentLoader(ctx, app);
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
      appId: stringOf(config.raw.appid),
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
      displayName: stringOf(config.raw.projectname) ?? title ?? sourceName,
    },
  };
}
