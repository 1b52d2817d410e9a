import type { ApiDeclaration } from '../package/index.ts';

/** Something the analyzer could not understand; the graph it returns is partial there. */
export interface AnalyzerWarning {
  file?: string;
  message: string;
}

/** What a handler (with the helpers it calls) does besides changing its page. */
export type Effect =
  | { kind: 'navigate'; api: string; target: string | undefined; query: QueryValue[] }
  | { kind: 'request'; via: string }
  | { kind: 'payment'; via: string }
  | { kind: 'order'; via: string }
  | { kind: 'storage'; via: string }
  | { kind: 'user-data'; scope: string; via: string }
  | { kind: 'toast' };

/** One query key of a navigation and where its value comes from. */
export interface QueryValue {
  key: string;
  /** `dataset:id` (the tapped node's data-id), `data:fromId` (the page's data), or `opaque`. */
  from: string;
}

/** A handler of a page or component, as the analyzer read it. */
export interface HandlerInfo {
  name: string;
  /** Page data keys the handler sets from the event: `fromId` ← dataset `id`, `date` ← `detail.value`. */
  sets: { key: string; from: string }[];
  /** Page data keys it writes (through the methods it calls too). */
  writes: string[];
  effects: Effect[];
}

/** An element that does something on an event, as written in WXML. */
export interface ActionNode {
  /** Document order on the page (for "before"/"after"). */
  order: number;
  event: 'tap' | 'input' | 'change' | 'submit' | 'navigate';
  /** The handler name; `undefined` for a `<navigator>` or a dynamic handler name. */
  handler: string | undefined;
  tag: string;
  /** The visible text of the element, or what labels it (a section title, a placeholder). */
  label: string;
  /** Field name (`name="…"`), placeholder and bound value key (`value="{{remark}}"`). */
  field?: { name?: string; placeholder?: string; bound?: string; type?: string; mode?: string };
  /** `data-*` attributes: static text, or `item.x` inside a `wx:for` list. */
  dataset: Record<string, string>;
  /** The `wx:for` list this element repeats over, if any. */
  list?: string;
  /** A `<navigator url>`. */
  url?: string;
  /** Inside a `<form>` with this submit handler. */
  form?: string;
  /** A submit button of a form (`form-type="submit"`). */
  submits?: boolean;
}

/** A `wx:for` list a page renders, and what its items show. */
export interface ListNode {
  key: string;
  order: number;
  label: string;
  itemFields: string[];
}

/** One page: entry parameters, what it shows, what can be done on it. */
export interface PageNode {
  path: string;
  title: string;
  /** `onLoad(query)` keys the page reads. */
  entryParams: string[];
  /** `onLoad` query keys and the data keys they set (`from` → `fromId`). */
  entrySets: { query: string; key: string }[];
  /** Data keys the template shows. */
  shows: string[];
  /** The page's own words (static text of its template). */
  texts: string[];
  lists: ListNode[];
  actions: ActionNode[];
  handlers: Record<string, HandlerInfo>;
  /** Effects of the page's own lifecycle (`onLoad`, `onShow`). */
  loadEffects: Effect[];
  /** Data keys with a non-empty starting value. */
  defaults: string[];
}

export interface CapabilityGraph {
  appName: string;
  appNameEn?: string;
  pages: PageNode[];
}

/** One step the page operator carries out, with the tool's arguments. */
export type OperatorStep =
  | { op: 'open'; page: string; query: { key: string; param: string }[] }
  /** Choose one item of a list by ID (`match: 'id'`) or by name (`match: 'name'`). */
  | { op: 'choose'; list: string; handler: string; datasetKey: string; param: string; match: 'id' | 'name' | 'value'; idField?: string; filters?: ListFilter[] }
  /** Set each listed item's count to the one asked, with the increment (and decrement) handlers. */
  | { op: 'quantities'; list: string; add: string; remove?: string; datasetKey: string; param: string; idField: string; qtyField: string; filters?: ListFilter[] }
  /** One of several buttons with fixed `data-*` values (hall / private room): the one asked, else the first shown. */
  | { op: 'pick'; handler: string; datasetKey: string; param: string; labels?: Record<string, { zh?: string; en?: string }> }
  | { op: 'fill'; handler: string | undefined; event: 'input' | 'change'; name?: string; bound?: string; param: string }
  /** Tap a plain control; `expect: 'navigate'` fails the step when the page stays. */
  | { op: 'tap'; handler: string; label: string; expect?: 'navigate' | 'commit'; url?: string }
  | { op: 'submit'; handler: string; label: string };

/** A chip row that narrows a list (a city): tapping its chips in turn shows every item. */
export interface ListFilter {
  list: string;
  handler: string;
  datasetKey: string;
}

/** How the operator carries out one derived tool, and what it returns. */
export interface OperatorPlan {
  api: string;
  kind: 'list' | 'commit' | 'notify';
  steps: OperatorStep[];
  /** For a list tool: the page data list it returns (`restaurants`), with `id` from this item field. */
  collect?: { list: string; idField: string | undefined };
  /** Chip rows before the collected list that narrow it: each tried in turn to list everything. */
  filters: ListFilter[];
  /** Optional parameters that set a filter (a chip's value, a search box) instead of trying them all. */
  filterSteps: OperatorStep[];
  /** Whether a commit reaches a payment (confirmation + capture) or only needs the user's yes. */
  payment: boolean;
}

/** Derived from a package: the callable tools, their plans, the skill description. */
export interface DerivedSkill {
  name: string;
  description: string;
  /** The synthetic skill path the derived tools live under. */
  path: string;
  skillMd: string;
  apis: ApiDeclaration[];
  plans: Record<string, OperatorPlan>;
  /** What its pages list (names in the package's own data), as discovery reads a skill's result names. */
  names: string[];
}

export interface Analysis {
  graph: CapabilityGraph;
  derived: DerivedSkill;
  warnings: AnalyzerWarning[];
  summary: { pages: number; actions: number; paymentPoints: number; dataReads: number; warnings: number };
}
