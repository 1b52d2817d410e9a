import { clampPath, type MiniProgramPackage } from '../package/index.ts';
import { pageObject, nonEmptyDefaults, scanBody, type BodyScan } from './js-scan.ts';
import { ModuleIndex } from './modules.ts';
import type { AnalyzerWarning, CapabilityGraph, Effect, HandlerInfo, PageNode } from './types.ts';
import { uniqueEffects } from './wx-effects.ts';
import { scanTemplate } from './wxml-scan.ts';

/**
 * The capability graph of a package: for each page of app.json, what it takes (`onLoad`
 * query), shows, and offers (actions with the handlers behind them and what those do,
 * helpers followed). Whatever cannot be read becomes a warning; the rest still counts.
 */
export function buildGraph(pkg: MiniProgramPackage, warnings: AnalyzerWarning[]): CapabilityGraph {
  const modules = new ModuleIndex(pkg.files);
  const window = (pkg.app.window ?? {}) as Record<string, unknown>;
  const appName = pkg.displayName || String(window.navigationBarTitleText ?? pkg.sourceName);
  const pages: PageNode[] = [];
  const declared = [...(pkg.app.pages ?? []), ...(pkg.app.subPackages ?? []).flatMap((s) => (s.pages ?? []).map((p) => `${s.root.replace(/\/+$/, '')}/${p}`))];
  for (const path of declared) {
    const source = pkg.pages.find((p) => p.path === path);
    if (!source) {
      warnings.push({ file: `${path}.wxml`, message: `page ${path} is listed in app.json but its files are missing (页面文件缺失)` });
      continue;
    }
    try {
      pages.push(pageNode(pkg, source, modules, warnings));
    } catch (error) {
      warnings.push({ file: `${path}.js`, message: `could not analyse this page: ${error instanceof Error ? error.message : String(error)} (页面分析失败)` });
    }
  }
  warnings.push(...modules.warnings);
  return { appName, pages };
}

function pageNode(pkg: MiniProgramPackage, source: MiniProgramPackage['pages'][number], modules: ModuleIndex, warnings: AnalyzerWarning[]): PageNode {
  const template = scanTemplate(source.wxml, `${source.path}.wxml`, warnings);
  const title = String(source.json.navigationBarTitleText ?? (pkg.app.window as Record<string, unknown> | undefined)?.navigationBarTitleText ?? '');
  const node: PageNode = { path: source.path, title, entryParams: [], entrySets: [], shows: template.shows, texts: template.texts, lists: template.lists, actions: template.actions, handlers: {}, loadEffects: [], defaults: [] };
  const file = [`${source.path}.js`, `${source.path}.ts`].find((f) => Object.hasOwn(pkg.files, f)) ?? `${source.path}.js`;
  const parsed = modules.module(file);
  if (!parsed.program) {
    if (source.js === undefined) warnings.push({ file, message: `page ${source.path} has no script: its actions are listed without what they do (页面没有脚本)` });
    return node;
  }
  const page = pageObject(parsed.program);
  if (!page) {
    warnings.push({ file, message: 'no Page({...}) or Component({...}) call found: the page\'s handlers are unknown (没有找到 Page 定义)' });
    return node;
  }
  node.defaults = nonEmptyDefaults(page.data);
  const scans = new Map<string, BodyScan>();
  for (const [name, fn] of page.methods) scans.set(name, scanBody(fn, parsed.bindings, modules, file));
  const effectsOf = (name: string, seen = new Set<string>()): Effect[] => {
    const scan = scans.get(name);
    if (!scan || seen.has(name)) return [];
    seen.add(name);
    return uniqueEffects([...scan.effects, ...scan.calls.flatMap((c) => effectsOf(c, seen))]);
  };
  const setsOf = (name: string): HandlerInfo['sets'] => scans.get(name)?.sets ?? [];
  const writesOf = (name: string, seen = new Set<string>()): string[] => {
    const scan = scans.get(name);
    if (!scan || seen.has(name)) return [];
    seen.add(name);
    return [...new Set([...scan.writes, ...scan.calls.flatMap((c) => writesOf(c, seen))])];
  };
  for (const name of scans.keys()) {
    const effects = effectsOf(name).map((e) => (e.kind === 'navigate' && e.target ? { ...e, target: resolveRoute(source.path, e.target) } : e));
    node.handlers[name] = { name, sets: setsOf(name), writes: writesOf(name), effects };
  }
  const load = scans.get('onLoad');
  node.entryParams = [...new Set(load?.queryReads ?? [])];
  node.entrySets = load?.querySets ?? [];
  node.loadEffects = uniqueEffects([...effectsOf('onLoad'), ...effectsOf('onShow')]);
  for (const action of node.actions) {
    if (action.handler && !node.handlers[action.handler] && action.event !== 'submit') {
      warnings.push({ file, message: `${action.handler} is bound in the template but not defined on the page (模板绑定的函数未定义)` });
    }
  }
  return node;
}

/** A navigation target as an app.json route: `../menu/menu` from `pages/index/index` → `pages/menu/menu`. */
export function resolveRoute(from: string, target: string): string {
  const clean = target.replace(/\.(js|wxml)$/, '');
  if (clean.startsWith('/')) return clean.replace(/^\/+/, '');
  const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  return clampPath(folder, clean);
}
