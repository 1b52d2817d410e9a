/** A parsed WXML element, as written (attribute values raw, `{{ }}` not yet evaluated). */
export interface WxmlElement {
  type: 'element';
  name: string;
  /** Raw values; a bare attribute (`<switch checked>`) is stored as `{{true}}`. */
  attrs: Record<string, string>;
  children: WxmlNode[];
  line: number;
  file?: string;
}

/** Text as written, `{{ }}` included; whitespace-only text between tags is dropped at parse. */
export interface WxmlText {
  type: 'text';
  text: string;
  line: number;
  file?: string;
}

/** The WXML source tree: plain data, so it can be cached and handed between parts. */
export type WxmlNode = WxmlElement | WxmlText;

/** What is wrong in a WXML file, where, and how to fix it. Compatible with the package `Problem`. */
export interface WxmlProblem {
  message: string;
  file: string | undefined;
  line: number;
  fix?: string;
}

/** What a node is, whatever its tag: the few kinds every drawer knows how to draw. */
export type UiKind =
  | 'view' | 'text' | 'image' | 'button' | 'input' | 'textarea' | 'form' | 'picker' | 'switch' | 'checkbox'
  | 'radio' | 'label' | 'navigator' | 'scroll-view' | 'swiper' | 'icon' | 'rich-text' | 'slider' | 'unknown';

/**
 * The neutral tree every entrance draws (HTML, terminal, the page operator's summary).
 * Directives are already applied; values are evaluated; nothing here can run code.
 */
export interface UiNode {
  kind: UiKind;
  /** The WXML tag (`view`, `checkbox-group`, a custom component's tag), or `#text` for text. */
  tag: string;
  text?: string;
  attrs: Record<string, string | number | boolean>;
  classes: string[];
  style?: string;
  dataset: Record<string, unknown>;
  /** `tap`, `input`, `submit`, `change`, `confirm`, … → the handler's name. */
  events: Record<string, string>;
  /** Stable position (`0.2.1`), so a tap can name its node. */
  path: string;
  children: UiNode[];
  /** A picker's choices as text (`range`, with `range-key` applied). */
  options?: string[];
  /** The path of the custom component whose methods handle these events; absent for the page's own. */
  owner?: string;
}

/** A custom component the page uses (`usingComponents`): its template and starting data. */
export interface WxmlComponent {
  nodes: WxmlNode[];
  /** The component's `data` (property defaults may be given here or in `properties`). */
  data?: Record<string, unknown>;
  /** Declared properties: their type (for converting attribute text) and default value. */
  properties?: Record<string, { type?: PropertyType; value?: unknown } | PropertyType>;
  /** The component's own `usingComponents`; the page's map is used when absent. */
  components?: Record<string, WxmlComponent>;
}

/** A component property's declared type, as in `properties: { price: Number }`. */
export type PropertyType = 'String' | 'Number' | 'Boolean' | 'Object' | 'Array' | null;

/** Where the nodes come from and what they may use: other files, components, limits, a problem sink. */
export interface RenderOptions {
  /** The file the nodes came from, for `import`/`include` paths and problem locations. */
  file?: string;
  /** Reads another WXML file of the package (`import`/`include`) by its package-relative path, `.wxml` included. */
  resolve?: (path: string) => string | undefined;
  components?: Record<string, WxmlComponent>;
  /** Told about everything that rendered as nothing (bad expression, missing template, limits). */
  onProblem?: (problem: WxmlProblem) => void;
  /** The most nodes one render may produce (default 20,000); the rest is cut with a visible note. */
  maxNodes?: number;
}
