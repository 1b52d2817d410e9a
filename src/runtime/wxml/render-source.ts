import type { Result } from '../../core/index.ts';
import { parseWxml } from './parse.ts';
import { renderWxml } from './render.ts';
import type { RenderOptions, UiNode, WxmlProblem } from './types.ts';

/** Parses and renders in one step, for a card or page whose WXML is at hand as text. */
export function renderWxmlSource(source: string, data: Record<string, unknown>, options: RenderOptions = {}): Result<UiNode[], WxmlProblem> {
  const parsed = parseWxml(source, options.file);
  if (!parsed.ok) return parsed;
  return { ok: true, value: renderWxml(parsed.value, data, options) };
}
