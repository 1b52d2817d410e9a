import { isOn, type UiNode } from '../wxml/index.ts';

/** A WeChat-shaped event, as the page's handler receives it. */
export interface PageEvent {
  type: string;
  timeStamp: number;
  target: { id: string; dataset: Record<string, unknown> };
  currentTarget: { id: string; dataset: Record<string, unknown> };
  detail: unknown;
  mark: Record<string, unknown>;
}

/** The custom component whose method handles an event, and the page handlers its `triggerEvent` reaches. */
export interface OwnerRef {
  path: string;
  component: string;
  events: Record<string, string>;
  dataset: Record<string, unknown>;
  /** The properties the page passed to the component instance. */
  props: Record<string, unknown>;
}

/** One thing the sandbox does for an interaction: call a handler, or follow a `<navigator>`. */
export type EventStep =
  | { kind: 'event'; handler: string; event: PageEvent; owner?: OwnerRef }
  | { kind: 'navigate'; api: string; url?: string; delta?: number };

const NAVIGATOR_APIS: Record<string, string> = {
  navigate: 'navigateTo', redirect: 'redirectTo', switchTab: 'switchTab', reLaunch: 'reLaunch', navigateBack: 'navigateBack',
};

/** The nodes from the root down to the one at `path` (empty when there is none). */
export function nodeChain(tree: UiNode[], path: string): UiNode[] {
  if (!/^\d+(\.\d+)*$/.test(path)) return [];
  const chain: UiNode[] = [];
  let nodes = tree;
  for (const index of path.split('.')) {
    const node = nodes[Number(index)];
    if (!node) return [];
    chain.push(node);
    nodes = node.children;
  }
  return chain;
}

/** The event a handler on `current` receives for something done to `target`. */
export function eventStep(type: string, target: UiNode, current: UiNode, detail: unknown, now: number, owner?: OwnerRef): EventStep {
  const handler = current.events[type] ?? '';
  const event: PageEvent = {
    type, timeStamp: now, detail, mark: {},
    target: { id: String(target.attrs.id ?? ''), dataset: target.dataset },
    currentTarget: { id: String(current.attrs.id ?? ''), dataset: current.dataset },
  };
  return { kind: 'event', handler, event, ...(owner ? { owner } : {}) };
}

/**
 * What a tap does, as WeChat dispatches it: the nearest `bindtap` on the way up (taps bubble),
 * then a `<navigator>` the node sits in. Form buttons are left to the caller (they submit).
 */
export function tapSteps(chain: UiNode[], now: number, ownerOf: (node: UiNode) => OwnerRef | undefined): EventStep[] {
  const target = chain[chain.length - 1];
  if (!target) return [];
  const steps: EventStep[] = [];
  const handlerNode = [...chain].reverse().find((node) => node.events.tap);
  if (handlerNode) steps.push(eventStep('tap', target, handlerNode, { x: 0, y: 0 }, now, ownerOf(handlerNode)));
  const navigator = [...chain].reverse().find((node) => node.kind === 'navigator');
  if (navigator) {
    const api = NAVIGATOR_APIS[String(navigator.attrs['open-type'] ?? 'navigate')] ?? 'navigateTo';
    const url = typeof navigator.attrs.url === 'string' ? navigator.attrs.url : undefined;
    steps.push({ kind: 'navigate', api, ...(url !== undefined ? { url } : {}), ...(navigator.attrs.delta !== undefined ? { delta: Number(navigator.attrs.delta) } : {}) });
  }
  return steps;
}

/** The disabled control a tap lands on, if any (a disabled button does nothing). */
export function disabledControl(chain: UiNode[]): UiNode | undefined {
  return chain.find((node) => ['button', 'input', 'textarea', 'picker', 'switch', 'checkbox', 'radio', 'slider'].includes(node.kind) && isOn(node.attrs.disabled));
}
