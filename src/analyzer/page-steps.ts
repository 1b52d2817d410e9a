import type { JsonSchema } from '../package/index.ts';
import { distinctParts, idParamOf, splitLabel, valueFormat, withoutIdSuffix } from './names.ts';
import type { ActionNode, ListFilter, OperatorStep, PageNode } from './types.ts';

/** A parameter a step takes, before it becomes part of a tool's schema. */
export interface ParamSpec {
  name: string;
  schema: JsonSchema;
  required: boolean;
  /** An ID chosen from a list: the list tool supplies it. */
  idList?: { list: string; label: string };
  /** The items of an order chosen from a list (`items: [{ dishId, qty }]`). */
  itemList?: { list: string; label: string; idName: string };
}

/** One thing a person can set or choose on a page, as an operator step with its parameter. */
export interface StepSpec {
  order: number;
  step: OperatorStep;
  param?: ParamSpec;
  /** Parameters of an `open` step (a page's query). */
  extraParams?: ParamSpec[];
  /** The page this step leads to, when it navigates. */
  navigates?: string;
  /** The list this step reads from, with the filters that narrow it. */
  list?: { key: string; idField: string | undefined; filters: ListFilter[] };
}

/** A chip row (or search box) before a list that narrows it: a list tool's optional parameter. */
export interface FilterSpec {
  step: OperatorStep;
  filter?: { list: string; handler: string; datasetKey: string };
  param: ParamSpec;
}

const INCREMENT = /^[+＋]$|^加$|^add\b|increase|plus/i;
const DECREMENT = /^[-－−]$|^减$|remove|minus|decrease/i;
const ID_FIELD = /^(id|code|no|key|sku)$|Id$|Code$|No$/;
const COUNT_FIELD = /^(qty|count|quantity|num|number|amount)$/i;

/** Every step a page offers (lists, fields, choices among fixed buttons), and the filters of its lists, in document order. */
export function pageSteps(page: PageNode, titleOf: (path: string) => string = () => ''): { steps: StepSpec[]; filters: FilterSpec[] } {
  const steps: StepSpec[] = [];
  const byList = new Map<string, ActionNode[]>();
  for (const action of page.actions) {
    if (action.list && action.handler && action.event === 'tap') byList.set(action.list, [...(byList.get(action.list) ?? []), action]);
  }
  for (const [key, actions] of byList) steps.push(...listSteps(page, key, actions, titleOf));
  steps.push(...fieldSteps(page));
  steps.push(...pickSteps(page));
  steps.sort((a, b) => a.order - b.order);
  // What comes before the first list of things to choose narrows it: a filter, not a choice of the flow.
  const firstChoice = steps.find((s) => s.param?.idList || s.param?.itemList || (s.step.op === 'choose' && s.step.match === 'name'));
  const filters: FilterSpec[] = [];
  // A filter re-draws that list (its handler writes the list's data), a choice only records itself.
  const redraws = (s: StepSpec) => {
    const handler = s.step.op === 'choose' || s.step.op === 'fill' ? s.step.handler : undefined;
    return !!handler && !!firstChoice?.list && (page.handlers[handler]?.writes ?? []).includes(firstChoice.list.key);
  };
  const kept = steps.filter((s) => {
    const narrows = firstChoice && s.order < firstChoice.order && s.param && !s.param.idList && !s.param.itemList && redraws(s);
    if (!narrows || !s.param) return true;
    const step = s.step;
    filters.push({ step, param: { ...s.param, required: false }, ...(step.op === 'choose' ? { filter: { list: step.list, handler: step.handler, datasetKey: step.datasetKey } } : {}) });
    return false;
  });
  for (const s of kept) if (s.list) s.list.filters = filters.flatMap((f) => (f.filter ? [f.filter] : []));
  return { steps: kept, filters };
}

function listSteps(page: PageNode, key: string, actions: ActionNode[], titleOf: (path: string) => string): StepSpec[] {
  let label = page.lists.find((l) => l.key === key)?.label ?? '';
  const handlers = [...new Set(actions.map((a) => a.handler ?? ''))].filter(Boolean);
  const first = actions[0]!;
  const datasetKey = datasetKeyOf(first);
  if (!datasetKey) return [];
  const idField = first.dataset[datasetKey]?.slice('item.'.length);
  const list = { key, idField, filters: [] as ListFilter[] };
  const info = (handler: string) => page.handlers[handler];
  const navigation = handlers.map((h) => info(h)?.effects.find((e) => e.kind === 'navigate' && e.target && e.query.some((q) => q.from === `dataset:${datasetKey}`))).find(Boolean);
  if (navigation && navigation.kind === 'navigate') {
    // A list without a heading is named by where its items lead (「餐厅详情」).
    label ||= titleOf(navigation.target ?? '');
    const name = idParamOf(key);
    return [{
      order: first.order, list, navigates: navigation.target,
      step: { op: 'choose', list: key, handler: handlers.find((h) => info(h)?.effects.includes(navigation)) ?? handlers[0]!, datasetKey, param: name, match: 'id' },
      param: { name, required: true, schema: { type: 'string' }, idList: { list: key, label } },
    }];
  }
  const add = actions.find((a) => INCREMENT.test(a.label.trim()));
  if (add && handlers.length >= 2) {
    const remove = actions.find((a) => DECREMENT.test(a.label.trim()) && a.handler !== add.handler);
    const idName = idParamOf(key);
    const qtyField = page.lists.find((l) => l.key === key)?.itemFields.find((f) => COUNT_FIELD.test(f)) ?? 'qty';
    return [{
      order: first.order, list,
      step: { op: 'quantities', list: key, add: add.handler!, ...(remove?.handler ? { remove: remove.handler } : {}), datasetKey, param: 'items', idField: idField ?? datasetKey, qtyField },
      param: { name: 'items', required: true, schema: { type: 'array' }, itemList: { list: key, label, idName } },
    }];
  }
  if (handlers.length >= 2) {
    // One list, several roles for its items (set as start / set as destination): each role takes a name.
    return handlers.map((handler) => {
      const action = actions.find((a) => a.handler === handler)!;
      const set = info(handler)?.sets.find((s) => s.from === `dataset:${datasetKey}`)?.key;
      const name = withoutIdSuffix(set ?? handler.replace(/^(on|handle)?(Select|Choose|Set|Pick|Tap)?/, '').replace(/^./, (c) => c.toLowerCase()));
      const { zh, en } = splitLabel(action.label);
      const description = `${[zh, en].filter(Boolean).join(' ')}：${label || key} 中的名称（用户原话，如地名、店名）。The name of one of ${key}, as the user said it.`;
      return { order: action.order, list, step: { op: 'choose', list: key, handler, datasetKey, param: name, match: 'name', ...(idField ? { idField } : {}) } as OperatorStep, param: { name, required: true, schema: { type: 'string', description } } };
    });
  }
  const handler = handlers[0]!;
  const set = info(handler)?.sets.find((s) => s.from === `dataset:${datasetKey}`)?.key;
  if (ID_FIELD.test(idField ?? '') || ID_FIELD.test(datasetKey)) {
    const name = set ?? idParamOf(key);
    return [{ order: first.order, list, step: { op: 'choose', list: key, handler, datasetKey, param: name, match: 'id' }, param: { name, required: true, schema: { type: 'string' }, idList: { list: key, label } } }];
  }
  const name = set ?? datasetKey;
  const format = valueFormat(name);
  const description = `${label || key}${formatHint(format)}`;
  return [{
    order: first.order, list,
    step: { op: 'choose', list: key, handler, datasetKey, param: name, match: 'value' },
    param: { name, required: !page.defaults.includes(name), schema: { type: 'string', description, ...(format ? { format } : {}) } },
  }];
}

/** How a value is written, and how people say it (the words requests use, for discovery and reading). */
function formatHint(format: 'date' | 'time' | undefined): string {
  if (format === 'date') return '（YYYY-MM-DD；用户说的日期，如 今天、明天、明晚、后天、周六 / today, tomorrow）';
  if (format === 'time') return '（HH:MM；用户说的时间，如 中午12点、晚上6点半 / 7 pm）';
  return '';
}

function countHint(words: string): string {
  return /人数|几位|people|party|guests|persons/i.test(words) ? '（如 4个人、两位 / for two）' : '（数字）';
}

function datasetKeyOf(action: ActionNode): string | undefined {
  const keys = Object.entries(action.dataset).filter(([, v]) => v.startsWith('item.')).map(([k]) => k);
  return keys.find((k) => k === 'id') ?? keys[0];
}

function fieldSteps(page: PageNode): StepSpec[] {
  const out: StepSpec[] = [];
  for (const action of page.actions) {
    if (action.list || (action.event !== 'input' && action.event !== 'change') || !action.field) continue;
    const set = action.handler ? page.handlers[action.handler]?.sets.find((s) => s.from.startsWith('detail:'))?.key : undefined;
    const name = action.field.name ?? set ?? action.field.bound ?? (action.handler ? withoutIdSuffix(action.handler.replace(/^on|Input$|Change$/g, '')).replace(/^./, (c) => c.toLowerCase()) : '');
    if (!name || out.some((s) => s.param?.name === name)) continue;
    const numeric = action.field.type === 'number' || action.field.type === 'digit';
    const format = valueFormat(name, action.field.mode);
    const description = `${action.label || name}${numeric ? countHint(`${name} ${action.label}`) : formatHint(format)}`;
    out.push({
      order: action.order,
      step: { op: 'fill', handler: action.handler, event: action.event, ...(action.field.name ? { name: action.field.name } : {}), ...(action.field.bound ? { bound: action.field.bound } : {}), param: name },
      param: { name, required: false, schema: { type: numeric ? 'integer' : 'string', description, ...(format && !numeric ? { format } : {}) } },
    });
  }
  return out;
}

/** Buttons outside lists that share a handler and differ by a fixed `data-*` (hall / private room): one choice. */
function pickSteps(page: PageNode): StepSpec[] {
  const groups = new Map<string, ActionNode[]>();
  for (const action of page.actions) {
    if (action.list || action.event !== 'tap' || !action.handler) continue;
    const fixed = Object.entries(action.dataset).filter(([, v]) => v.startsWith('static:'));
    if (fixed.length !== 1) continue;
    groups.set(action.handler, [...(groups.get(action.handler) ?? []), action]);
  }
  const out: StepSpec[] = [];
  for (const [handler, actions] of groups) {
    const datasetKey = Object.keys(actions[0]!.dataset)[0]!;
    const values = actions.map((a) => a.dataset[datasetKey]!.slice('static:'.length));
    const zh = distinctParts(actions.map((a) => splitLabel(a.label).zh));
    const en = distinctParts(actions.map((a) => splitLabel(a.label).en));
    const glosses = values.map((v, i) => `${v}=${[zh[i], en[i]].filter(Boolean).join('/')}`).join(', ');
    // what each choice is called on the page (包间 / private room): said when one is not offered
    const labels = Object.fromEntries(values.map((v, i) => [v, { ...(zh[i] ? { zh: zh[i] } : {}), ...(en[i] ? { en: en[i] } : {}) }]));
    const navigation = page.handlers[handler]?.effects.find((e) => e.kind === 'navigate' && e.target);
    out.push({
      order: actions[0]!.order,
      step: { op: 'pick', handler, datasetKey, param: datasetKey, labels },
      param: { name: datasetKey, required: false, schema: { type: 'string', enum: [...new Set(values)], description: `${glosses}。不填时选页面上第一个可用的。` } },
      ...(navigation?.kind === 'navigate' ? { navigates: navigation.target } : {}),
    });
  }
  return out;
}

