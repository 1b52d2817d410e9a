import type { ApiDeclaration, JsonSchema } from '../package/index.ts';
import type { Flow } from './flows.ts';
import { camelName, pascal, splitLabel } from './names.ts';
import type { FilterSpec, ParamSpec, StepSpec } from './page-steps.ts';
import type { CapabilityGraph, OperatorPlan, OperatorStep } from './types.ts';

/** The API the hub calls after the user answered a derived order's confirmation card (never a planner). */
export const NOTIFY_API = 'onPagePayment';

interface Built {
  apis: ApiDeclaration[];
  plans: Record<string, OperatorPlan>;
}

/**
 * Tools from flows, shaped like a good skill: one tool per list a flow chooses from (it returns
 * the items with `id` and their names), one per commit taking those IDs and the fields the pages
 * ask; descriptions in the pages' own words, each ID parameter naming the list tool it comes from.
 */
export function deriveTools(graph: CapabilityGraph, flows: Flow[]): Built {
  const built: Built = { apis: [], plans: {} };
  const signatures = new Map<string, string>();
  for (const flow of flows) {
    const commitName = unique(built, apiName(flow));
    const params: ParamSpec[] = [];
    const sources = new Map<string, string>();
    flow.steps.forEach((spec, index) => {
      for (const param of [...(spec.param ? [spec.param] : []), ...(spec.extraParams ?? [])]) {
        if (params.some((p) => p.name === param.name)) continue;
        const list = param.idList ?? param.itemList;
        if (list && spec.list) {
          const listName = listTool(built, signatures, graph, flow, index, commitName, param);
          sources.set(param.name, listName);
        }
        params.push(param);
      }
    });
    built.apis.push({
      name: commitName,
      description: commitDescription(graph, flow, [...sources.values()]),
      inputSchema: schemaOf(params, sources),
      ...(flow.payment ? {} : { annotations: { confirmRequired: true } }),
      pagePath: flow.page.path,
      examples: [],
    });
    built.plans[commitName] = { api: commitName, kind: 'commit', steps: flow.steps.map(withFilters), filters: [], filterSteps: [], payment: flow.payment };
  }
  if (flows.some((f) => f.payment)) {
    built.apis.push({
      name: NOTIFY_API,
      description: '支付结果回调：用户在订单确认卡片上支付或拒绝后由平台调用，页面据此继续。模型不要调用。Called by the platform after the user answered the payment card; never call it.',
      inputSchema: {
        type: 'object', required: ['orderId', 'status'],
        properties: { orderId: { type: 'string', description: '订单 ID' }, status: { type: 'string', enum: ['paid', 'canceled'], description: 'paid=已支付, canceled=已取消' } },
      },
      examples: [],
    });
    built.plans[NOTIFY_API] = { api: NOTIFY_API, kind: 'notify', steps: [], filters: [], filterSteps: [], payment: true };
  }
  return built;
}

/** The list tool that supplies a flow's ID (or items) parameter: the flow's steps up to that list, then read it. */
function listTool(built: Built, signatures: Map<string, string>, graph: CapabilityGraph, flow: Flow, index: number, commitName: string, param: ParamSpec): string {
  const spec = flow.steps[index]!;
  const list = spec.list!;
  const before = flow.steps.slice(0, index);
  const filters = flow.filters.get(pageOf(flow, index)) ?? [];
  const signature = JSON.stringify([before.map((s) => s.step), list.key]);
  const known = signatures.get(signature);
  if (known) return known;
  const name = unique(built, `list${pascal(list.key)}`);
  signatures.set(signature, name);
  const params: ParamSpec[] = [];
  const sources = new Map<string, string>();
  // What decides which items a list shows: the choices and pages before it, not the values filled in on the way.
  for (const s of before) {
    const deciding = s.param && (s.param.idList || s.param.itemList || (s.step.op === 'choose' && s.step.match === 'name')) ? [s.param] : [];
    for (const p of [...deciding, ...(s.extraParams ?? [])]) {
      if (params.some((x) => x.name === p.name)) continue;
      params.push(p);
    }
  }
  // Earlier list tools of the same flow supply this one's IDs, as they do the commit's.
  for (const p of params) {
    const source = Object.values(built.plans).find((plan) => plan.kind === 'list' && plan.collect?.list === (p.idList ?? p.itemList)?.list);
    if (source) sources.set(p.name, source.api);
  }
  for (const f of filters) if (!params.some((p) => p.name === f.param.name)) params.push(f.param);
  const page = graph.pages.find((p) => p.path === pageOf(flow, index));
  const { zh, en } = splitLabel(param.idList?.label ?? param.itemList?.label ?? '');
  const fields = page?.lists.find((l) => l.key === list.key)?.itemFields ?? [];
  built.apis.push({
    name,
    description: `${graph.appName}「${page?.title ?? ''}」：查看${zh || list.key}${en ? ` (${en})` : ''}，返回 ${list.key}[].id 与名称${fields.length ? `（${fields.slice(0, 8).join('、')}）` : ''}。${commitName} 需要 ${param.name} 时先调用，按用户说的名称选。只读，不下单。`,
    inputSchema: schemaOf(params, sources),
    outputSchema: {
      type: 'object', required: [list.key],
      properties: { [list.key]: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, ...Object.fromEntries(fields.filter((f) => f !== 'id').map((f) => [f, {}])) } } } },
    },
    annotations: { readOnlyHint: true },
    examples: [],
  });
  built.plans[name] = {
    api: name, kind: 'list', steps: before.map(withFilters), collect: { list: list.key, idField: list.idField },
    filters: list.filters, filterSteps: filters.map((f: FilterSpec) => f.step), payment: false,
  };
  return name;
}

function pageOf(flow: Flow, index: number): string {
  // The page a step is on: count the navigating steps before it.
  let page = 0;
  for (let i = 0; i < index; i++) if (flow.steps[i]!.navigates || (flow.steps[i]!.step.op === 'tap' && (flow.steps[i]!.step as { expect?: string }).expect === 'navigate')) page++;
  return flow.pages[page]?.path ?? flow.page.path;
}

function withFilters(spec: StepSpec): OperatorStep {
  const step = spec.step;
  if ((step.op === 'choose' || step.op === 'quantities') && spec.list?.filters.length) return { ...step, filters: spec.list.filters };
  return step;
}

function schemaOf(params: ParamSpec[], sources: Map<string, string>): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const p of params) {
    const source = sources.get(p.name);
    if (p.itemList) {
      const { zh, en } = splitLabel(p.itemList.label);
      properties[p.name] = {
        type: 'array', minItems: 1,
        description: `${zh || p.itemList.list}${en ? ` ${en}` : ''}：用户要的每一项一个条目，数量写在 qty。`,
        items: {
          type: 'object', required: [p.itemList.idName],
          properties: {
            [p.itemList.idName]: { type: 'string', description: `ID 来自 ${source ?? 'the list'} 返回的 ${p.itemList.list}[].id 原值，按用户说的名称选，禁止编造。` },
            qty: { type: 'integer', minimum: 1, maximum: 99, default: 1, description: '数量/份数 quantity' },
          },
        },
      };
    } else if (p.idList) {
      const { zh, en } = splitLabel(p.idList.label);
      properties[p.name] = { type: 'string', description: `${zh || p.idList.list}${en ? ` ${en}` : ''}：ID 来自 ${source ?? 'the list'} 返回的 ${p.idList.list}[].id 原值，按用户说的名称选，禁止编造。` };
    } else {
      properties[p.name] = p.schema;
    }
  }
  const required = params.filter((p) => p.required).map((p) => p.name);
  return { type: 'object', properties, ...(required.length ? { required } : {}) };
}

function commitDescription(graph: CapabilityGraph, flow: Flow, lists: string[]): string {
  const { zh, en } = splitLabel(flow.action.label);
  const route = flow.pages.map((p) => p.title).filter(Boolean).join(' → ');
  const labels = [...new Set(flow.pages.flatMap((p) => p.lists.map((l) => l.label)).filter(Boolean))].join('、');
  const money = flow.payment
    ? '生成待支付订单并展示确认卡片，用户在卡片上确认后才付款；不要替用户支付，不要重复下单。'
    : '会提交用户的信息，执行前需要用户确认。';
  return `${graph.appName}：${zh || flow.page.title}${en ? ` (${en})` : ''}。页面：${route}${labels ? `；可选：${labels}` : ''}。${money}${lists.length ? `需要的 ID 先用 ${lists.join('、')} 查到。` : ''}`;
}

function apiName(flow: Flow): string {
  const { en } = splitLabel(flow.action.label);
  const fromLabel = camelName(en);
  if (fromLabel.length >= 3) return fromLabel;
  const last = flow.page.path.split('/').pop() ?? 'page';
  return `submit${pascal(last.replace(/[^A-Za-z0-9]/g, ''))}`;
}

function unique(built: Built, name: string): string {
  let candidate = name;
  for (let i = 2; built.plans[candidate]; i++) candidate = `${name}${i}`;
  return candidate;
}
