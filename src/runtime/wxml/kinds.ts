import type { UiKind } from './types.ts';

const KINDS: Record<string, UiKind> = {
  view: 'view', 'cover-view': 'view', 'swiper-item': 'view', 'movable-area': 'view', 'movable-view': 'view',
  'checkbox-group': 'view', 'radio-group': 'view', 'page-container': 'view', 'root-portal': 'view', 'match-media': 'view',
  text: 'text', image: 'image', 'cover-image': 'image', button: 'button', input: 'input', textarea: 'textarea',
  form: 'form', picker: 'picker', 'picker-view': 'picker', switch: 'switch', checkbox: 'checkbox', radio: 'radio',
  label: 'label', navigator: 'navigator', 'scroll-view': 'scroll-view', swiper: 'swiper', icon: 'icon',
  'rich-text': 'rich-text', slider: 'slider',
};

/** The neutral kind of a built-in WXML tag; anything else (video, map, canvas, …) is `unknown`. */
export function kindOf(tag: string): UiKind {
  return Object.hasOwn(KINDS, tag) ? (KINDS[tag] as UiKind) : 'unknown';
}
