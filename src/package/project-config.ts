import { parseJsonText } from './json-text.ts';
import { isRecord } from './load-context.ts';
import { normalizePath } from './paths.ts';
import type { PackageFiles } from './types.ts';

/**
 * project.config.json, as WeChat's developer tools read it: where the mini-program lives in the
 * project (`miniprogramRoot`) and what upload leaves out (`packOptions.ignore`). It belongs to the
 * developer tool, not to the mini-program, so it is read quietly: a broken one is ignored.
 */
export interface ProjectConfig {
  raw: Record<string, unknown>;
  /** `miniprogramRoot` normalised (`miniprogram/` → `miniprogram`); '' for the project folder itself. */
  root: string;
  ignore: IgnoreRule[];
}

export interface IgnoreRule {
  type: 'file' | 'folder' | 'suffix' | 'prefix' | 'regexp' | 'glob';
  value: string;
}

const CONFIG = 'project.config.json';

export function readProjectConfig(files: PackageFiles): ProjectConfig {
  const text = files[CONFIG];
  const parsed = text === undefined ? undefined : parseJsonText(text);
  const raw = parsed?.ok && isRecord(parsed.value) ? parsed.value : {};
  const root = typeof raw.miniprogramRoot === 'string' ? normalizePath(raw.miniprogramRoot) : '';
  const pack = isRecord(raw.packOptions) ? raw.packOptions : {};
  const ignore: IgnoreRule[] = [];
  for (const entry of Array.isArray(pack.ignore) ? pack.ignore : []) {
    if (!isRecord(entry) || typeof entry.value !== 'string' || entry.value === '') continue;
    const type = String(entry.type ?? '').toLowerCase();
    if (type === 'file' || type === 'folder' || type === 'suffix' || type === 'prefix' || type === 'regexp' || type === 'glob') ignore.push({ type, value: entry.value });
  }
  return { raw, root, ignore };
}

/** `*` within a segment, `**` across segments, `?` one character. */
function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      pattern += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') pattern += '[^/]*';
    else if (c === '?') pattern += '[^/]';
    else pattern += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

/** True when `path` (relative to the mini-program root) is left out by one of the rules, as WeChat's upload does. */
export function isIgnored(path: string, rules: readonly IgnoreRule[]): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return rules.some((rule) => {
    const value = normalizePath(rule.value);
    switch (rule.type) {
      case 'file':
        return path === value;
      case 'folder':
        return value === '' ? false : path === value || path.startsWith(`${value}/`);
      case 'suffix':
        return name.endsWith(rule.value);
      case 'prefix':
        return name.startsWith(rule.value);
      case 'glob':
        return globToRegExp(value).test(path);
      case 'regexp':
        try {
          return new RegExp(rule.value).test(path);
        } catch {
          return false;
        }
    }
    return false;
  });
}

/**
 * The mini-program's own files: those under `miniprogramRoot` (re-rooted), less what
 * `packOptions.ignore` leaves out. project.config.json is kept at the top.
 */
export function applyProjectConfig(files: PackageFiles, config: ProjectConfig): PackageFiles {
  const inner: PackageFiles = {};
  const prefix = config.root ? `${config.root}/` : '';
  for (const [path, content] of Object.entries(files)) {
    if (prefix && !path.startsWith(prefix)) continue;
    const relative = path.slice(prefix.length);
    if (relative !== CONFIG && isIgnored(relative, config.ignore)) continue;
    inner[relative] = content;
  }
  if (files[CONFIG] !== undefined) inner[CONFIG] = files[CONFIG];
  return inner;
}

/** Where an app.json lies when it is not where it should be (for the error that says so). */
export function strayAppJson(files: PackageFiles): string | undefined {
  return Object.keys(files)
    .filter((path) => path.endsWith('/app.json') && !path.includes('node_modules/') && !path.includes('miniprogram_npm/'))
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
}
