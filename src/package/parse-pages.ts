import { isRecord, type LoadContext } from './load-context.ts';
import { clampPath, dirname } from './paths.ts';
import { bilingual } from './problem.ts';
import type { AppJson, ComponentSource, PageSource } from './types.ts';

/** The component libraries WeChat serves itself when app.json asks for them in `useExtendedLib`. */
const EXTENDED_LIBS: Record<string, string> = { weui: 'weui-miniprogram' };

/** `miniprogram_npm` folders a bare reference is looked up in: from the file's folder up to the package root. */
export function npmFolders(fromFolder: string): string[] {
  const parts = fromFolder.split('/').filter(Boolean);
  const folders: string[] = [];
  for (let i = parts.length; i >= 0; i--) folders.push([...parts.slice(0, i), 'miniprogram_npm'].join('/'));
  return folders;
}

/** Finds and loads components once each, following usingComponents from wherever they are used. */
export class ComponentLoader {
  readonly components = new Map<string, ComponentSource>();

  /** Prefixes of the component libraries `useExtendedLib` provides (WeChat's platform serves them, not the package). */
  readonly #platform: string[];

  constructor(private readonly ctx: LoadContext, app: Record<string, unknown> = {}) {
    const libs = isRecord(app.useExtendedLib) ? app.useExtendedLib : {};
    this.#platform = Object.keys(EXTENDED_LIBS).filter((name) => libs[name] === true || typeof libs[name] === 'string').map((name) => EXTENDED_LIBS[name] as string);
  }

  /** True when `reference` names a component of a library the platform provides (`weui-miniprogram/dialog/dialog`). */
  isPlatform(reference: string): boolean {
    const clean = reference.replace(/^\/+/, '');
    return this.#platform.some((prefix) => clean.startsWith(`${prefix}/`));
  }

  /**
   * Where a component reference from `fromFolder` points: `/x` is from the package root, `./x`
   * and `../x` relative; a bare `x/y` is tried relative, then from the root, then in miniprogram_npm.
   */
  resolve(reference: string, fromFolder: string): string | undefined {
    const bare = !reference.startsWith('/') && !reference.startsWith('.');
    const candidates = [clampPath(fromFolder, reference)];
    if (bare) candidates.push(clampPath('', reference), ...npmFolders(fromFolder).map((folder) => clampPath(folder, reference)));
    for (const base of candidates) {
      const clean = base.replace(/\.(wxml|js|json|wxss)$/, '');
      if (this.ctx.has(`${clean}.wxml`)) return clean;
      if (this.ctx.has(`${clean}/index.wxml`)) return `${clean}/index`;
    }
    return undefined;
  }

  /** Loads the component at a resolved base path (and the components it uses). */
  load(base: string): ComponentSource | undefined {
    const known = this.components.get(base);
    if (known) return known;
    const wxml = this.ctx.text(`${base}.wxml`);
    if (wxml === undefined) return undefined;
    const json = this.ctx.jsonObject(`${base}.json`, 'package/json-shape');
    const component: ComponentSource = { path: base, wxml, js: this.ctx.text(`${base}.js`), json: typeof json === 'string' ? {} : json };
    this.components.set(base, component);
    this.useAll(component.json, `${base}.json`);
    return component;
  }

  /** Loads every entry of a `usingComponents` map; a missing one is an error. */
  useAll(json: Record<string, unknown>, jsonFile: string): void {
    const using = json.usingComponents;
    if (using === undefined) return;
    if (!isRecord(using)) {
      this.ctx.error('package/component-missing', bilingual(`"usingComponents" in ${jsonFile} must be an object of name → path.`, `${jsonFile} 中的 "usingComponents" 必须是“名称 → 路径”的对象。`), bilingual('write it as { "card": "/components/card/card" }.', '例如 { "card": "/components/card/card" }。'), { file: jsonFile, field: 'usingComponents' });
      return;
    }
    for (const [name, reference] of Object.entries(using)) {
      if (typeof reference !== 'string' || reference.startsWith('plugin://') || reference.startsWith('plugin-private://')) continue;
      const base = this.resolve(reference, dirname(jsonFile));
      if (base === undefined && this.isPlatform(reference)) continue;
      if (base === undefined) {
        this.ctx.error(
          'package/component-missing',
          bilingual(`The component "${name}" points to "${reference}", which has no .wxml in the package.`, `组件 "${name}" 指向的 "${reference}" 在包中没有对应的 .wxml。`),
          bilingual('fix the path (relative to this file, or from the package root with a leading "/"), or add the component files.', '请修正路径（相对当前文件，或以 "/" 开头从包根目录算起），或补上组件文件。'),
          { file: jsonFile, field: `usingComponents.${name}` },
        );
        continue;
      }
      this.load(base);
    }
  }
}

/** Every page of app.json (main package and subpackages) with its four files. */
export function parsePages(ctx: LoadContext, app: AppJson, components: ComponentLoader): PageSource[] {
  const listed: { path: string; field: string }[] = app.pages.map((path, index) => ({ path, field: `pages[${index}]` }));
  const subKey = app.subPackages !== undefined && app.subpackages === undefined ? 'subPackages' : 'subpackages';
  app.subPackages?.forEach((sub, i) => sub.pages.forEach((path, j) => listed.push({ path, field: `${subKey}[${i}].pages[${j}]` })));
  const pages: PageSource[] = [];
  const seen = new Set<string>();
  for (const { path, field } of listed) {
    if (seen.has(path)) continue;
    seen.add(path);
    const wxml = ctx.text(`${path}.wxml`);
    if (wxml === undefined) {
      ctx.error(
        'package/page-missing',
        bilingual(`The page "${path}" is listed in app.json but ${path}.wxml is not in the package.`, `app.json 列出了页面 "${path}"，但包中没有 ${path}.wxml。`),
        bilingual(`add ${path}.wxml (and its .js), or remove the page from app.json.`, `请补上 ${path}.wxml（及 .js），或从 app.json 中删除该页面。`),
        { file: 'app.json', field },
      );
      continue;
    }
    const json = ctx.jsonObject(`${path}.json`, 'package/json-shape');
    const page: PageSource = { path, wxml, js: ctx.text(`${path}.js`), json: typeof json === 'string' ? {} : json, wxss: ctx.text(`${path}.wxss`) };
    components.useAll(page.json, `${path}.json`);
    pages.push(page);
  }
  return pages;
}
