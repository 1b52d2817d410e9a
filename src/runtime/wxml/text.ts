import { compileMustache } from './expression/mustache.ts';
import { evaluate } from './expression/evaluate.ts';
import { toText } from './expression/safe-value.ts';
import type { Frame, RenderState } from './render-state.ts';
import type { WxmlText } from './types.ts';

// ASCII whitespace only: a non-breaking space written as &nbsp; must survive.
const SPACES = /[ \t\n\r\f\v]+/g;
const SPACES_BUT_NEWLINES = /[ \t\r\f\v]+/g;

/**
 * The text a text node shows: whitespace of the template collapsed to one space; values from
 * data collapsed too, except that inside `<text>` their line breaks are kept.
 */
export function renderText(state: RenderState, node: WxmlText, frame: Frame): string {
  if (!node.text.includes('{{')) return node.text.replace(SPACES, ' ');
  const compiled = compileMustache(node.text);
  switch (compiled.kind) {
    case 'constant':
      return compiled.value.replace(SPACES, ' ');
    case 'invalid':
      state.value(node.text, frame.scope, node);
      return '';
    case 'single':
      return fromData(toText(evaluate(compiled.expression, frame.scope)), frame.inText);
    case 'concat':
      return compiled.parts
        .map((part) => (typeof part === 'string' ? part.replace(SPACES, ' ') : fromData(toText(evaluate(part, frame.scope)), frame.inText)))
        .join('')
        .replace(/ {2,}/g, ' ');
  }
}

function fromData(text: string, keepLineBreaks: boolean): string {
  return keepLineBreaks ? text.replace(SPACES_BUT_NEWLINES, ' ') : text.replace(SPACES, ' ');
}
