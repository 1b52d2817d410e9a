import type { ListFilter, OperatorPlan, OperatorStep } from '../../analyzer/index.ts';
import type { PageOutcome, PageSession, PageState } from '../page/index.ts';
import type { ConsentScope } from '../types.ts';
import type { UiNode } from '../wxml/index.ts';
import { filterChips, handlerNodes, itemByName, itemNode, itemRecord, listItems, newLines, nodesOf, plainText } from './page-reading.ts';
import { notOffered } from './not-offered.ts';

/** Why a plan stopped: the page refused (its own words), or it asks for the user's data first. */
export type Stop = { kind: 'failed'; said: string[]; step: string } | { kind: 'consent'; scope: ConsentScope };

/** Taps at most, to find an item behind filter chips or to set quantities: a page that never settles stops here. */
const MAX_TAPS = 40;

/**
 * One run of a derived tool's plan on a fresh page session: each step acts as a person
 * would (open, choose an item, set counts, fill a field, tap, submit) and checks the page
 * did what the step needs; the first step that cannot stops the run with what the page said.
 */
export class PlanRun {
  readonly #page: PageSession;
  readonly #args: Record<string, unknown>;
  readonly #applied = new Set<string>();
  #state: PageState | undefined;
  #said: string[] = [];
  #taps = 0;
  readonly #en: boolean;

  constructor(page: PageSession, args: Record<string, unknown>, { en = false } = {}) {
    this.#page = page;
    this.#args = args;
    this.#en = en;
  }

  get state(): PageState {
    return this.#state ?? this.#page.state();
  }

  /** What the page said on the last action (toasts, new text). */
  get said(): string[] {
    return this.#said;
  }

  /** Runs the steps; `undefined` when every one did its part. */
  async steps(plan: OperatorPlan): Promise<Stop | undefined> {
    for (const [index, step] of plan.steps.entries()) {
      const later = plan.steps.slice(index + 1);
      const stop = await this.#step(step, later);
      if (stop) return stop;
    }
    return undefined;
  }

  /** Applies a list tool's filter arguments (a chip's value, a search word). */
  async filters(steps: OperatorStep[]): Promise<Stop | undefined> {
    for (const step of steps) {
      if (this.#args[(step as { param?: string }).param ?? ''] === undefined) continue;
      const stop = await this.#step(step, []);
      if (stop) return stop;
    }
    return undefined;
  }

  /** The items of a list, across every chip of its first filter row when none was chosen. */
  async collect(list: string, idField: string | undefined, filters: ListFilter[], filtered: boolean): Promise<Record<string, unknown>[] | Stop> {
    const seen = new Map<string, Record<string, unknown>>();
    const take = () => {
      for (const item of listItems(this.state, list)) {
        const record = itemRecord(item, idField);
        const key = String(record.id ?? JSON.stringify(record));
        if (!seen.has(key)) seen.set(key, record);
      }
    };
    take();
    const first = filters[0];
    if (!filtered && first) {
      const count = filterChips(this.state, first).length;
      for (let i = 0; i < count && this.#taps < MAX_TAPS; i++) {
        const chip = filterChips(this.state, first)[i];
        if (!chip) break;
        const stop = await this.#tap(chip, 'a filter');
        if (stop) return stop;
        take();
      }
    }
    return [...seen.values()];
  }

  async #step(step: OperatorStep, later: OperatorStep[]): Promise<Stop | undefined> {
    switch (step.op) {
      case 'open': {
        const query = Object.fromEntries(step.query.flatMap((q) => (this.#args[q.param] === undefined ? [] : [[q.key, String(this.#args[q.param])]])));
        return this.#outcome(await this.#page.open(step.page, query), 'open');
      }
      case 'choose':
        return this.#choose(step, later);
      case 'quantities':
        return this.#quantities(step);
      case 'pick': {
        const wanted = this.#args[step.param];
        const nodes = handlerNodes(this.state, step.handler);
        const node = wanted === undefined ? nodes[0] : nodes.find((n) => String(n.dataset[step.datasetKey]) === String(wanted));
        const offered = nodes.map((n) => plainText(n) || String(n.dataset[step.datasetKey])).join(' / ');
        if (!node) return this.#failed(step.param, wanted === undefined ? [] : [notOffered(String(wanted), step.labels?.[String(wanted)], offered, this.#en)]);
        this.#applied.add(step.param);
        return this.#tap(node, step.param);
      }
      case 'fill': {
        const value = this.#args[step.param];
        if (value === undefined || this.#applied.has(step.param)) return undefined;
        const node = nodesOf(this.state.tree).find((n) => (step.handler && n.events[step.event] === step.handler) || (step.name && n.attrs.name === step.name));
        if (!node) return later.some((s) => (s as { param?: string }).param === step.param) ? undefined : this.#failed(step.param, []);
        this.#applied.add(step.param);
        const outcome = step.event === 'change' || node.kind === 'picker'
          ? await this.#page.change(node.path, String(value))
          : await this.#page.input(node.path, String(value));
        return this.#outcome(outcome, step.param);
      }
      case 'tap': {
        const node = step.handler
          ? handlerNodes(this.state, step.handler)[0]
          : nodesOf(this.state.tree).find((n) => step.url !== undefined && n.attrs.url === step.url);
        if (!node) return this.#failed(step.label, []);
        const before = this.state.path;
        const stop = await this.#tap(node, step.label);
        if (stop) return stop;
        if (step.expect === 'navigate' && this.state.path === before) return this.#failed(step.label, this.#said);
        return undefined;
      }
      case 'submit': {
        const form = nodesOf(this.state.tree).find((n) => n.kind === 'form' && n.events.submit === step.handler);
        if (!form) return this.#failed(step.label, []);
        const values = Object.fromEntries(nodesOf([form]).flatMap((n) => (typeof n.attrs.name === 'string' && this.#args[n.attrs.name] !== undefined ? [[n.attrs.name, this.#args[n.attrs.name]]] : [])));
        return this.#outcome(await this.#page.submit(form.path, values), step.label);
      }
    }
  }

  async #choose(step: Extract<OperatorStep, { op: 'choose' }>, later: OperatorStep[]): Promise<Stop | undefined> {
    const wanted = this.#args[step.param];
    if (wanted === undefined || this.#applied.has(step.param)) return undefined;
    const find = (): UiNode | undefined => {
      if (step.match !== 'name') return itemNode(this.state, step.handler, step.datasetKey, wanted);
      const item = itemByName(listItems(this.state, step.list), String(wanted));
      return item && step.idField ? itemNode(this.state, step.handler, step.datasetKey, item[step.idField]) : undefined;
    };
    let node = find();
    for (const filter of step.filters ?? []) {
      for (let i = 0; !node && i < filterChips(this.state, filter).length && this.#taps < MAX_TAPS; i++) {
        const stop = await this.#tap(filterChips(this.state, filter)[i]!, 'a filter');
        if (stop) return stop;
        node = find();
      }
    }
    if (!node) {
      // Another control of the page may take the same value (a date picker beside the date chips).
      if (later.some((s) => (s as { param?: string }).param === step.param)) return undefined;
      const shown = listItems(this.state, step.list).length;
      const missing = this.#en
        ? `"${String(wanted)}" is ${shown ? 'not among the choices shown' : 'not available: nothing to choose from'}`
        : `「${String(wanted)}」${shown ? '不在可选列表中' : '目前没有可选项'}`;
      return this.#failed(step.param, [missing, ...this.#said]);
    }
    this.#applied.add(step.param);
    return this.#tap(node, step.param);
  }

  async #quantities(step: Extract<OperatorStep, { op: 'quantities' }>): Promise<Stop | undefined> {
    const wanted = Array.isArray(this.#args[step.param]) ? (this.#args[step.param] as Record<string, unknown>[]) : [];
    const target = new Map<string, number>();
    for (const item of wanted) {
      const id = Object.entries(item).find(([k]) => k !== 'qty')?.[1];
      if (id !== undefined) target.set(String(id), (target.get(String(id)) ?? 0) + Number(item.qty ?? 1));
    }
    const countOf = (id: string) => Number(listItems(this.state, step.list).find((i) => String(i[step.idField]) === id)?.[step.qtyField] ?? 0);
    const ids = [...new Set([...target.keys(), ...listItems(this.state, step.list).filter((i) => Number(i[step.qtyField] ?? 0) > 0).map((i) => String(i[step.idField]))])];
    for (const id of ids) {
      const goal = target.get(id) ?? 0;
      if (!listItems(this.state, step.list).some((i) => String(i[step.idField]) === id)) return this.#failed(step.param, [this.#en ? `"${id}" is not on this page` : `「${id}」不在这个页面上`]);
      for (let guard = 0; countOf(id) !== goal && guard < 100 && this.#taps < MAX_TAPS * 3; guard++) {
        const handler = countOf(id) < goal ? step.add : step.remove;
        const node = handler ? itemNode(this.state, handler, step.datasetKey, id) : undefined;
        if (!node) return this.#failed(step.param, this.#said);
        const before = countOf(id);
        const stop = await this.#tap(node, step.param);
        if (stop) return stop;
        if (countOf(id) === before) return this.#failed(step.param, this.#said);
      }
    }
    this.#applied.add(step.param);
    return undefined;
  }

  async #tap(node: UiNode, what: string): Promise<Stop | undefined> {
    this.#taps++;
    return this.#outcome(await this.#page.tap(node.path), what);
  }

  #outcome(outcome: PageOutcome, what: string): Stop | undefined {
    const before = this.#state?.text ?? '';
    this.#state = outcome.state;
    this.#said = [...outcome.state.toasts, ...outcome.state.modals.map((m) => [m.title, m.content].filter(Boolean).join('：')), ...newLines(before, outcome.state.text)];
    if (outcome.kind === 'consent-required') return { kind: 'consent', scope: outcome.scope };
    if (outcome.kind === 'error') return this.#failed(what, [outcome.error]);
    if (outcome.kind === 'ignored') return this.#failed(what, [outcome.reason, ...this.#errorsShown()]);
    return undefined;
  }

  /** Error-looking texts the page shows (its data's `error`/`message` fields), for a control it disabled. */
  #errorsShown(): string[] {
    return Object.entries(this.state.data).filter(([k, v]) => /error|message|tip|warn/i.test(k) && typeof v === 'string' && v.trim()).map(([, v]) => String(v));
  }

  #failed(step: string, said: string[]): Stop {
    return { kind: 'failed', step, said: [...new Set([...said, ...this.#errorsShown()])].filter(Boolean) };
  }
}

