import type { MiniProgramPackage } from '../package/index.ts';
import { parseWxml, renderWxml, toText, type UiNode } from './wxml/index.ts';

/** The files of a component: `x` may name `x.wxml` or `x/index.wxml`. */
export function componentFiles(pkg: MiniProgramPackage, componentPath: string): { base: string; wxml: string; js: string | undefined } | undefined {
  const clean = componentPath.replace(/^\.?\/+/, '').replace(/\.(wxml|js|json)$/, '');
  for (const base of [clean, `${clean}/index`]) {
    const wxml = pkg.files[`${base}.wxml`];
    if (wxml !== undefined) return { base, wxml, js: pkg.files[`${base}.js`] === undefined ? undefined : `${base}.js` };
  }
  return undefined;
}

/** Renders a component's WXML with the data its JS settled on into the neutral tree every entrance draws. */
export function renderComponent(pkg: MiniProgramPackage, files: { base: string; wxml: string }, data: Record<string, unknown>): { tree: UiNode[]; text: string } {
  const parsed = parseWxml(files.wxml, `${files.base}.wxml`);
  if (!parsed.ok) throw new Error(`${files.base}.wxml: ${parsed.error.message}`);
  const tree = renderWxml(parsed.value, data, { resolve: (path: string) => pkg.files[path] });
  return { tree, text: toText(tree) };
}
