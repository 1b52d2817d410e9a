import { isRecord, pick, type LoadContext } from './load-context.ts';
import { normalizePath, resolvePath } from './paths.ts';
import { bilingual } from './problem.ts';
import type { AppJson } from './types.ts';

const FILE = 'app.json';

function typeError(ctx: LoadContext, field: string, expected: string, expectedZh: string): void {
  ctx.error(
    'package/app-json',
    bilingual(`app.json "${field}" must be ${expected}.`, `app.json 的 "${field}" 必须是${expectedZh}。`),
    bilingual(`write "${field}" as ${expected} (see the WeChat app.json reference).`, `请把 "${field}" 写成${expectedZh}。`),
    { file: FILE, field },
  );
}

function stringList(ctx: LoadContext, value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    typeError(ctx, field, 'an array of strings', '字符串数组');
    return [];
  }
  const result: string[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string' && item.trim() !== '') result.push(item);
    else typeError(ctx, `${field}[${index}]`, 'a non-empty string', '非空字符串');
  });
  return result;
}

function optionalString(ctx: LoadContext, record: Record<string, unknown>, key: string, field: string): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  typeError(ctx, field, 'a string', '字符串');
  return undefined;
}

/** A page path as written in app.json, as a package path (`/pages/a/a.wxml` → `pages/a/a`). */
export function pagePathOf(written: string, root = ''): string {
  const path = normalizePath(written).replace(/\.(wxml|js|json|wxss)$/, '');
  return root ? `${normalizePath(root)}/${path}` : path;
}

function parseSkills(ctx: LoadContext, value: unknown): NonNullable<AppJson['agent']>['skills'] {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    typeError(ctx, 'agent.skills', 'an array of { name, description, path }', '由 { name, description, path } 组成的数组');
    return [];
  }
  const skills: { name: string; description: string; path: string }[] = [];
  value.forEach((entry, index) => {
    const field = `agent.skills[${index}]`;
    if (!isRecord(entry)) {
      typeError(ctx, field, 'an object { name, description, path }', '对象 { name, description, path }');
      return;
    }
    const name = optionalString(ctx, entry, 'name', `${field}.name`) ?? '';
    const description = optionalString(ctx, entry, 'description', `${field}.description`) ?? '';
    const path = entry.path;
    if (typeof path !== 'string' || path.trim() === '') {
      ctx.error(
        'skill/required-fields',
        bilingual(`The skill ${name ? `"${name}" ` : ''}has no "path".`, `技能 ${name} 缺少 "path"。`),
        bilingual('give the skill folder, e.g. "path": "skills/order".', '请填写技能目录，例如 "path": "skills/order"。'),
        { file: FILE, field: `${field}.path` },
      );
      return;
    }
    if (resolvePath('', path) === undefined) {
      ctx.error(
        'skill/path-missing',
        bilingual(`The skill path "${path}" leaves the package.`, `技能路径 "${path}" 指向了包外。`),
        bilingual('use a folder inside the package, e.g. "skills/order".', '请使用包内目录，例如 "skills/order"。'),
        { file: FILE, field: `${field}.path` },
      );
      return;
    }
    skills.push({ name, description, path: normalizePath(path) });
  });
  return skills;
}

/** Reads app.json into the typed model; undefined when the package cannot be read at all. */
export function parseAppJson(ctx: LoadContext): AppJson | undefined {
  if (!ctx.has(FILE)) {
    ctx.error(
      'package/app-json',
      bilingual('The package has no app.json at its top level.', '包的顶层没有 app.json。'),
      bilingual('put app.json (with "pages") at the top of the package, or pack the folder that contains it.', '请在包顶层放置 app.json（含 "pages"），或打包包含它的目录。'),
      { file: FILE },
    );
    return undefined;
  }
  const text = ctx.text(FILE);
  if (text === undefined || text.trim() === '') {
    ctx.error(
      'package/app-json',
      text === undefined ? bilingual('app.json is not a text file (it holds binary data).', 'app.json 不是文本文件（内容为二进制）。') : bilingual('app.json is empty.', 'app.json 是空文件。'),
      bilingual('save app.json as UTF-8 JSON text with at least { "pages": [ … ] }.', '请把 app.json 保存为 UTF-8 编码的 JSON 文本，至少包含 { "pages": [ … ] }。'),
      { file: FILE },
    );
    return undefined;
  }
  const raw = ctx.jsonObject(FILE, 'package/app-json');
  if (typeof raw === 'string') return undefined;
  const app: AppJson = { ...raw, pages: stringList(ctx, raw.pages, 'pages').map((page) => pagePathOf(page)) };
  const subPackagesRaw = pick(raw, 'subPackages', 'subpackages');
  if (subPackagesRaw !== undefined) {
    const key = raw.subPackages !== undefined ? 'subPackages' : 'subpackages';
    if (!Array.isArray(subPackagesRaw)) typeError(ctx, key, 'an array of { root, pages }', '由 { root, pages } 组成的数组');
    else {
      app.subPackages = [];
      subPackagesRaw.forEach((entry, index) => {
        const field = `${key}[${index}]`;
        if (!isRecord(entry) || typeof entry.root !== 'string') {
          typeError(ctx, field, 'an object with a string "root"', '含字符串 "root" 的对象');
          return;
        }
        const root = normalizePath(entry.root);
        app.subPackages?.push({ root, pages: stringList(ctx, entry.pages, `${field}.pages`).map((page) => pagePathOf(page, root)) });
      });
    }
  }
  if (raw.window !== undefined && !isRecord(raw.window)) typeError(ctx, 'window', 'an object', '对象');
  const pageMetadata = optionalString(ctx, raw, 'pageMetadata', 'pageMetadata');
  if (pageMetadata !== undefined) app.pageMetadata = pageMetadata;
  if (raw.requiredPrivateInfos !== undefined) app.requiredPrivateInfos = stringList(ctx, raw.requiredPrivateInfos, 'requiredPrivateInfos');
  if (raw.permission !== undefined && !isRecord(raw.permission)) typeError(ctx, 'permission', 'an object', '对象');
  if (raw.agent !== undefined) {
    if (!isRecord(raw.agent)) typeError(ctx, 'agent', 'an object', '对象');
    else {
      const agent: NonNullable<AppJson['agent']> = {};
      const instruction = optionalString(ctx, raw.agent, 'instruction', 'agent.instruction');
      if (instruction !== undefined) agent.instruction = instruction;
      const metadata = optionalString(ctx, raw.agent, 'pageMetadata', 'agent.pageMetadata');
      if (metadata !== undefined) agent.pageMetadata = metadata;
      const skills = parseSkills(ctx, raw.agent.skills);
      if (skills !== undefined) agent.skills = skills;
      app.agent = { ...raw.agent, ...agent };
    }
  }
  return app;
}
