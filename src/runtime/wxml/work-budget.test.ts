import { describe, expect, it } from 'vitest';
import { parseWxml, renderWxml, type UiNode } from './index.ts';

/** Renders a hostile page with its files; returns what it told and the tree. */
function render(files: Record<string, string>, data: Record<string, unknown> = {}): { problems: string[]; tree: UiNode[] } {
  const problems: string[] = [];
  const parsed = parseWxml(files['pages/a.wxml']!, 'pages/a.wxml');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const tree = renderWxml(parsed.value, data, { file: 'pages/a.wxml', resolve: (path) => files[path], onProblem: (p) => problems.push(p.message) });
  return { problems, tree };
}

describe('the renderer counts its work and gives up with a clear error', () => {
  it('a template that renders itself twice (2^32 expansions) stops', () => {
    const { problems } = render({ 'pages/a.wxml': '<template name="t"><template is="t"/><template is="t"/></template><template is="t"/>' });
    expect(problems.join('\n')).toMatch(/rendering steps.*渲染工作量过大/);
  });

  it('a file that includes itself stops', () => {
    const { problems } = render({ 'pages/a.wxml': '<include src="a.wxml"/><include src="a.wxml"/><block wx:if="{{false}}">x</block>' });
    expect(problems.join('\n')).toMatch(/rendering steps/);
  });

  it('nested loops that make no nodes stop', () => {
    const { problems, tree } = render({ 'pages/a.wxml': '<block wx:for="{{10000}}"><block wx:for="{{10000}}"><block wx:if="{{false}}">x</block></block></block>' });
    expect(problems.join('\n')).toMatch(/rendering steps/);
    expect(tree.at(-1)?.text).toMatch(/truncated/);
  });

  it('20,000 copies of a 4 MB string stop at the text budget', () => {
    const { problems } = render({ 'pages/a.wxml': '<view wx:for="{{20000}}" class="{{big}}">{{big}}</view>' }, { big: 'x'.repeat(4 * 1024 * 1024) });
    expect(problems.join('\n')).toMatch(/characters of text.*文本过多/);
  });
});
