/**
 * The hub's one WXML renderer: parse, render with data into a neutral tree, draw it as HTML
 * or text, and read it back (find a node, collect a form, summarise a page). Pure TypeScript:
 * expressions run in our own small interpreter, never in the host's JavaScript engine.
 */
export { parseWxml } from './parse.ts';
export { renderWxml } from './render.ts';
export { renderWxmlSource } from './render-source.ts';
export { toHtml, type HtmlOptions } from './to-html.ts';
export { toText, type TextOptions } from './to-text.ts';
export { describeTree, type PageSummary, type DescribeOptions } from './describe.ts';
export { listActions, type UiAction } from './actions.ts';
export { findNode, collectFormValues, nodeText, walkTree, isOn } from './tree.ts';
export { evaluateExpression } from './evaluate-expression.ts';
export { resolveWxmlPath } from './files.ts';
export { rpxToPx } from './css.ts';
export type { WxmlNode, WxmlElement, WxmlText, WxmlProblem, UiNode, UiKind, WxmlComponent, PropertyType, RenderOptions } from './types.ts';
