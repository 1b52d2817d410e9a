import { pageSteps, type FilterSpec, type StepSpec } from './page-steps.ts';
import type { ActionNode, CapabilityGraph, OperatorStep, PageNode } from './types.ts';

/** One way through the pages to a point that commits the user (a payment, a submitted form). */
export interface Flow {
  /** The page and action that commit. */
  page: PageNode;
  action: ActionNode;
  payment: boolean;
  /** The pages walked, first to last. */
  pages: PageNode[];
  /** The steps, in order, ending with the commit. */
  steps: StepSpec[];
  /** The filters of each page on the way, by page path. */
  filters: Map<string, FilterSpec[]>;
}

interface Edge {
  from: PageNode;
  to: PageNode;
  action: ActionNode;
}

/** Actions that commit: they reach a payment or create an order; else a form submit that sends or stores. */
export function commitPoints(graph: CapabilityGraph): { page: PageNode; action: ActionNode; payment: boolean }[] {
  const out: { page: PageNode; action: ActionNode; payment: boolean }[] = [];
  for (const page of graph.pages) {
    const seen = new Set<string>();
    // A form's submit button says what submitting does; the <form> itself only holds the fields.
    const actions = [...page.actions].sort((a, b) => Number(b.submits ?? false) - Number(a.submits ?? false));
    for (const action of actions) {
      if (!action.handler || action.list || seen.has(action.handler)) continue;
      const effects = page.handlers[action.handler]?.effects ?? [];
      const payment = effects.some((e) => e.kind === 'payment' || e.kind === 'order');
      const sends = action.event === 'submit' && effects.some((e) => e.kind === 'request' || e.kind === 'storage');
      if (!payment && !sends) continue;
      if (action.event !== 'tap' && action.event !== 'submit') continue;
      seen.add(action.handler);
      out.push({ page, action, payment });
    }
  }
  return out;
}

/** The flow to each commit point: the shortest way from the first page, with what each page asks on the way. */
export function flows(graph: CapabilityGraph): Flow[] {
  const start = graph.pages[0];
  if (!start) return [];
  const edges = navigationEdges(graph);
  return commitPoints(graph).map(({ page, action, payment }) => {
    const path = shortestPath(start, page, edges) ?? [];
    const pages = [...path.map((e) => e.from), page];
    const steps: StepSpec[] = [];
    const filters = new Map<string, FilterSpec[]>();
    if (!path.length) steps.push(...entrySteps(page));
    else steps.push({ order: 0, step: { op: 'open', page: start.path, query: [] } });
    pages.forEach((p, i) => {
      const { steps: own, filters: pageFilters } = pageSteps(p, (path) => graph.pages.find((x) => x.path === path)?.title ?? '');
      filters.set(p.path, pageFilters);
      const edge = path[i];
      const exit = edge ? own.find((s) => s.order === edge.action.order && s.navigates === edge.to.path) : undefined;
      for (const s of own) if (s !== exit && !(edge && s.navigates && s.navigates !== edge.to.path) && !s.navigates) steps.push(s);
      if (edge) steps.push(exit ?? tapStep(edge.action, 'navigate'));
    });
    steps.push(action.event === 'submit' ? { order: action.order, step: { op: 'submit', handler: action.handler!, label: action.label } } : tapStep(action, 'commit'));
    return { page, action, payment, pages, steps, filters };
  });
}

function tapStep(action: ActionNode, expect: 'navigate' | 'commit'): StepSpec {
  return { order: action.order, step: { op: 'tap', handler: action.handler ?? '', label: action.label, expect, ...(action.url ? { url: action.url } : {}) } as OperatorStep };
}

/** A commit page no flow reaches is opened directly, its `onLoad` query given as parameters. */
function entrySteps(page: PageNode): StepSpec[] {
  return [{
    order: 0,
    step: { op: 'open', page: page.path, query: page.entryParams.map((key) => ({ key, param: key })) },
    extraParams: page.entryParams.map((key) => ({ name: key, required: true, schema: { type: 'string', description: `${page.title} ${key}` } })),
  }];
}

function navigationEdges(graph: CapabilityGraph): Edge[] {
  const byPath = new Map(graph.pages.map((p) => [p.path, p]));
  const edges: Edge[] = [];
  for (const page of graph.pages) {
    for (const action of page.actions) {
      const targets = action.url
        ? [action.url.split('?')[0]!.replace(/^\/+/, '')]
        : (page.handlers[action.handler ?? '']?.effects ?? []).flatMap((e) => (e.kind === 'navigate' && e.target && e.api !== 'navigateBack' && e.api !== 'reLaunch' ? [e.target] : []));
      for (const target of targets) {
        const to = byPath.get(target);
        if (to && to !== page) edges.push({ from: page, to, action });
      }
    }
  }
  return edges;
}

function shortestPath(start: PageNode, goal: PageNode, edges: Edge[]): Edge[] | undefined {
  if (start === goal) return [];
  const previous = new Map<PageNode, Edge>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length) {
    const page = queue.shift()!;
    for (const edge of edges.filter((e) => e.from === page)) {
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      previous.set(edge.to, edge);
      if (edge.to === goal) {
        const path: Edge[] = [];
        for (let at: PageNode | undefined = goal; at && previous.has(at); at = previous.get(at)?.from) path.unshift(previous.get(at)!);
        return path;
      }
      queue.push(edge.to);
    }
  }
  return undefined;
}
