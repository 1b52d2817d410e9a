import { DERIVED_SKILL_PATH, NOTIFY_API, type OperatorPlan } from '../../analyzer/index.ts';
import type { PageSession, PageSessionOptions } from '../page/index.ts';
import type { ApiEnvelope, CallOutcome, CallRequest, PlatformServices } from '../types.ts';
import { PlanRun, type Stop } from './plan-run.ts';

interface Held {
  page: PageSession;
  at: number;
}

/** Pages waiting on a payment answer, at most: the oldest are closed (their orders stay unpaid until confirmed). */
const MAX_HELD = 200;

/**
 * Carries out automatic mode's tools on the real pages in the sandbox. A list tool walks its
 * steps and reads the list; a commit walks to its button and taps it. A payment the page asks
 * for becomes an order the hub confirms with the user (as a skill's order does); the page is
 * held until `onPagePayment` tells it the answer, then its own success or fail callback runs.
 */
export class PageOperator {
  readonly #open: (options: PageSessionOptions) => PageSession;
  readonly #services: PlatformServices;
  readonly #held = new Map<string, Held>();

  constructor(open: (options: PageSessionOptions) => PageSession, services: PlatformServices) {
    this.#open = open;
    this.#services = services;
  }

  async call(request: CallRequest, plan: OperatorPlan): Promise<CallOutcome> {
    const started = performance.now();
    if (plan.kind === 'notify') return this.#notify(request, started);
    const page = this.#open({
      appId: request.appId, userId: request.userId, ...(request.version ? { version: request.version } : {}),
      ...(request.sessionId ? { sessionId: request.sessionId } : {}), grants: request.grants ?? {}, locale: request.locale ?? 'zh_CN',
    });
    let hold = false;
    try {
      const en = request.locale === 'en';
      const run = new PlanRun(page, request.arguments, { en });
      const base = (envelope: ApiEnvelope, orders: Extract<CallOutcome, { kind: 'result' }>['orders'] = []): CallOutcome => ({
        kind: 'result', appId: request.appId, version: run.state.version, skill: DERIVED_SKILL_PATH, api: plan.api, envelope, orders, scopesRead: [], durationMs: performance.now() - started,
      });
      const stop = (await run.steps(plan)) ?? (plan.kind === 'list' ? await run.filters(plan.filterSteps) : undefined);
      if (stop?.kind === 'consent') return { kind: 'consent-required', appId: request.appId, api: plan.api, scope: stop.scope };
      if (stop) return base(failure(run.state.title, stop, en));
      const title = run.state.title;
      if (plan.kind === 'list' && plan.collect) {
        const said = run.said;
        const filtered = plan.filterSteps.some((s) => request.arguments[(s as { param?: string }).param ?? ''] !== undefined);
        const items = await run.collect(plan.collect.list, plan.collect.idField, plan.filters, filtered);
        if (!Array.isArray(items)) return items.kind === 'consent' ? { kind: 'consent-required', appId: request.appId, api: plan.api, scope: items.scope } : base(failure(title, items, en));
        const list = plan.collect.list;
        const names = `${items.slice(0, 12).map((i) => describeItem(i, en)).join(en ? ', ' : '、')}${items.length > 12 ? '…' : ''}`;
        const why = [...new Set([...said, ...errorsOf(run.state.data)])].filter(Boolean).join(' ');
        const text = items.length
          ? (en ? `The page lists ${items.length}: ${names}.` : `「${title}」列出 ${items.length} 项：${names}。`)
          : (en ? `The page lists nothing to choose. ${[...said, ...errorsOf(run.state.data)].map(inEnglish).join(' ')}` : `「${title}」没有可选的项目。${why}`).trim();
        return base({ isError: false, content: [{ type: 'text', text }], structuredContent: { [list]: items } });
      }
      const payment = run.state.payment;
      if (payment) {
        const order = await this.#services.getOrder({ appId: request.appId, version: run.state.version, userId: request.userId, ...(request.sessionId ? { sessionId: request.sessionId } : {}) }, payment.orderId);
        if (!order) return base(failure(title, { kind: 'failed', step: '', said: [en ? 'the order was not found' : '订单不存在'] }, en));
        hold = true;
        this.#hold(payment.orderId, page);
        const text = en
          ? `An order of ¥${payment.amount.toFixed(2)} was created, waiting for payment. Show the order confirmation card and let the user check it and confirm.`
          : `已在「${title}」生成待支付订单（¥${payment.amount.toFixed(2)}）。请展示订单确认卡片，由用户核对后确认支付。`;
        return base(
          { isError: false, content: [{ type: 'text', text }], structuredContent: { orderId: payment.orderId, amount: payment.amount, status: 'created', page: title } },
          [{ ...order, notifyApi: NOTIFY_API, skill: DERIVED_SKILL_PATH }],
        );
      }
      if (plan.payment) return base(failure(title, { kind: 'failed', step: '', said: run.said.length ? run.said : [en ? 'the page did not ask for payment' : '页面没有发起支付'] }, en));
      const done = en ? `Done. ${run.said.map(inEnglish).join(' ')}` : `已在「${title}」完成。${run.said.join(' ')}`;
      return base({ isError: false, content: [{ type: 'text', text: done.trim() }], structuredContent: { page: title, path: run.state.path } });
    } finally {
      if (!hold) page.close();
    }
  }

  /** The user's answer on the card reaches the page that asked: its success or fail callback runs. */
  async #notify(request: CallRequest, started: number): Promise<CallOutcome> {
    const orderId = String(request.arguments.orderId ?? '');
    const paid = request.arguments.status === 'paid';
    const held = this.#held.get(orderId);
    this.#held.delete(orderId);
    const base = (text: string, state?: { version: string; title: string; path: string }): CallOutcome => ({
      kind: 'result', appId: request.appId, version: state?.version ?? request.version ?? '', skill: DERIVED_SKILL_PATH, api: NOTIFY_API,
      envelope: { isError: false, content: [{ type: 'text', text }], structuredContent: { orderId, status: paid ? 'paid' : 'canceled', ...(state ? { page: state.title } : {}) } },
      orders: [], scopesRead: [], durationMs: performance.now() - started,
    });
    const plain = request.locale === 'en'
      ? (paid ? `Order ${orderId} is paid.` : `Order ${orderId} was canceled; nothing was charged.`)
      : (paid ? `订单 ${orderId} 已支付。` : `订单 ${orderId} 已取消，没有扣款。`);
    if (!held) return base(plain);
    try {
      const outcome = await held.page.confirmPayment(paid, async () => ({ ok: true, message: paid ? 'ok' : 'cancel' }));
      const said = [...outcome.state.toasts].filter(Boolean);
      const text = said.length ? said.join(' ') : plain;
      return base(text, outcome.state);
    } finally {
      held.page.close();
    }
  }

  #hold(orderId: string, page: PageSession): void {
    this.#held.set(orderId, { page, at: Date.now() });
    while (this.#held.size > MAX_HELD) {
      const [oldest] = [...this.#held.entries()].sort((a, b) => a[1].at - b[1].at);
      if (!oldest) break;
      oldest[1].page.close();
      this.#held.delete(oldest[0]);
    }
  }

  dispose(): void {
    for (const held of this.#held.values()) held.page.close();
    this.#held.clear();
  }
}

/** What the page said when a step could not be done: the fact first, then that nothing was charged. */
function failure(title: string, stop: Extract<Stop, { kind: 'failed' }>, en: boolean): ApiEnvelope {
  const said = (en ? stop.said.map(inEnglish) : stop.said).join(' ').replace(/[。.]\s*$/, '');
  const text = en
    ? `${said || 'The page did not respond'}. Nothing was ordered or charged.`
    : `${title ? `「${title}」` : ''}未能完成：${said || '页面没有反应'}。没有下单，也没有扣款。`;
  return { isError: true, content: [{ type: 'text', text }] };
}

/** The English sentences of a bilingual page's text (「未满起送价。Below the minimum.」), else the text as it is. */
function inEnglish(text: string): string {
  const english = text.split(/(?<=[。！？.!?])\s*/).filter((s) => s && !/[\u3400-\u9fff]/.test(s));
  return english.length ? english.join(' ') : text;
}

function nameOf(item: Record<string, unknown>, en: boolean): string {
  return String((en ? item.nameEn : undefined) ?? item.name ?? item.label ?? item.title ?? item.text ?? item.id ?? '');
}

/** An item as a person reads it in a list: its name, and what it costs when the page says. */
function describeItem(item: Record<string, unknown>, en: boolean): string {
  // The page's own formatting (`fareText: '89.60'`) before the raw number.
  const money = Object.entries(item)
    .filter(([k, v]) => /price|fare|amount|total|cost|deposit|fee/i.test(k) && (typeof v === 'number' || typeof v === 'string') && String(v) !== '')
    .sort(([, a], [, b]) => Number(typeof b === 'string') - Number(typeof a === 'string'))[0];
  return money ? `${nameOf(item, en)} ¥${String(money[1])}` : nameOf(item, en);
}

function errorsOf(data: Record<string, unknown>): string[] {
  return Object.entries(data).filter(([k, v]) => /error|message|tip|warn/i.test(k) && typeof v === 'string' && v.trim()).map(([, v]) => String(v));
}
