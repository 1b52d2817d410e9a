import { parseWxml } from './parse.ts';
import type { WxmlElement, WxmlNode } from './types.ts';

/** One WXML file as the renderer sees it: its nodes, the templates it defines and the files it imports. */
export interface FileUnit {
  file: string | undefined;
  nodes: WxmlNode[];
  templates: Map<string, WxmlElement>;
  imports: { src: string; node: WxmlElement }[];
}

const unitsByNodes = new WeakMap<WxmlNode[], FileUnit>();
const unitsBySource = new Map<string, FileUnit | { error: string; line: number }>();
const MAX_SOURCES = 256;

/** The unit of an already parsed tree (cached by identity, so a card rendered often is indexed once). */
export function unitOf(nodes: WxmlNode[], file: string | undefined): FileUnit {
  const cached = unitsByNodes.get(nodes);
  if (cached && cached.file === file) return cached;
  const unit: FileUnit = { file, nodes, templates: new Map(), imports: [] };
  collect(nodes, unit);
  unitsByNodes.set(nodes, unit);
  return unit;
}

function collect(nodes: WxmlNode[], unit: FileUnit): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.name === 'template' && node.attrs.name !== undefined) {
      if (!unit.templates.has(node.attrs.name)) unit.templates.set(node.attrs.name, node);
    } else if (node.name === 'import' && node.attrs.src) {
      unit.imports.push({ src: node.attrs.src, node });
    }
    if (node.name !== 'wxs') collect(node.children, unit);
  }
}

/** Parses another file of the package (cached by path and text); a parse failure comes back as its message. */
export function loadUnit(path: string, source: string): FileUnit | { error: string; line: number } {
  const key = `${path}\u0000${source}`;
  const cached = unitsBySource.get(key);
  if (cached) return cached;
  const parsed = parseWxml(source, path);
  const unit = parsed.ok ? unitOf(parsed.value, path) : { error: parsed.error.message, line: parsed.error.line };
  if (unitsBySource.size >= MAX_SOURCES) unitsBySource.clear();
  unitsBySource.set(key, unit);
  return unit;
}

/**
 * Resolves `src` of `<import>` / `<include>` against the file it appears in: `/x` from the
 * package root, `../x` and `./x` from the file's folder, `.wxml` added when missing.
 * Undefined when the path climbs out of the package.
 */
export function resolveWxmlPath(from: string | undefined, src: string): string | undefined {
  const path = src.trim();
  if (!path || /^[a-z]+:/i.test(path)) return undefined;
  const segments = path.startsWith('/') || !from ? [] : from.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (!segment || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  const joined = segments.join('/');
  return joined.endsWith('.wxml') ? joined : `${joined}.wxml`;
}
