import { useEffect, useState } from 'preact/hooks';
import { api, yuan } from '../api.ts';
import { useI18n } from '../i18n.ts';
import type { UiNode } from '../types.ts';
import { PageTree, type PageAction } from './PageTree.tsx';

/** A handoff's page (`seq`), or a mini-program the person opened themself (`appId` alone). */
export interface OpenPage { sessionId: string; seq?: number; appId: string }

interface PageState {
  appId: string;
  path: string;
  title: string;
  tree: UiNode[];
  toasts: string[];
  modals: { title: string; content: string; showCancel: boolean; confirmText: string; cancelText: string }[];
  payment?: { orderId: string; amount: number; status: string };
  stack: unknown[];
}
type Outcome = { kind: string; state: PageState; reason?: string; error?: string; scope?: string; payment?: { paid: boolean; message: string } };

/**
 * The mini-program panel: the page a handoff opened, drawn from the page runtime's tree and
 * driven by hand. A payment the page asks for waits on this sheet's own Confirm.
 */
export function MiniProgramPanel({ page, onClose }: { page: OpenPage; onClose: () => void }) {
  const { t } = useI18n();
  const [pid, setPid] = useState<string>();
  const [state, setState] = useState<PageState>();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(true);
  const [consent, setConsent] = useState<string>();
  const base = `/api/sessions/${encodeURIComponent(page.sessionId)}/pages`;

  const apply = (outcome: Outcome) => {
    setState(outcome.state);
    setConsent(outcome.kind === 'consent-required' ? outcome.scope : undefined);
    setNote(outcome.payment?.message ?? outcome.error ?? outcome.reason ?? outcome.state.toasts.join(' · '));
  };
  useEffect(() => {
    const opening = page.seq !== undefined
      ? api<Outcome & { pageSessionId: string }>(base, { body: { seq: page.seq } })
      : api<Outcome & { pageSessionId: string }>(`/api/sessions/${encodeURIComponent(page.sessionId)}/apps/${encodeURIComponent(page.appId)}/pages`, { body: {} });
    opening
      .then((o) => { setPid(o.pageSessionId); apply(o); }, (e: Error) => setNote(e.message))
      .finally(() => setBusy(false));
  }, [page.seq, page.appId]);

  const act = async (action: PageAction | { action: 'back' } | { action: 'answer-modal'; confirm: boolean } | { action: 'confirm-payment'; accept: boolean } | { action: 'consent'; scope: string; grant: boolean }) => {
    if (!pid) return;
    setBusy(true);
    try {
      apply(await api<Outcome>(`${base}/${pid}/actions`, { body: action }));
    } catch (e) {
      setNote((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const modal = state?.modals[0];

  return (
    <div class="panel-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <section class="mp-panel" role="dialog" aria-modal="true" aria-label={state?.title || t.miniProgram} data-testid="mini-program">
        <header class="mp-head">
          <button type="button" class="btn ghost small" disabled={busy || (state?.stack.length ?? 0) < 2} onClick={() => void act({ action: 'back' })}>‹ {t.back}</button>
          <strong class="mp-title">{state?.title || page.appId}</strong>
          <button type="button" class="btn ghost small" onClick={onClose} aria-label={t.close}>✕</button>
        </header>
        <div class="mp-body">{state && <PageTree nodes={state.tree} act={(a) => void act(a)} disabled={busy} />}</div>
        {note && <div class="toast" role="status">{note}</div>}
        {modal && (
          <div class="sheet" role="alertdialog" aria-label={modal.title}>
            <strong>{modal.title}</strong><p>{modal.content}</p>
            <div class="actions">
              {modal.showCancel && <button type="button" class="btn secondary" onClick={() => void act({ action: 'answer-modal', confirm: false })}>{modal.cancelText}</button>}
              <button type="button" class="btn primary" onClick={() => void act({ action: 'answer-modal', confirm: true })}>{modal.confirmText}</button>
            </div>
          </div>
        )}
        {consent && (
          <div class="sheet" role="alertdialog" aria-label={t.consentTitle}>
            <strong>{t.consentTitle}</strong>
            <p>{state?.title || page.appId} {t.consentAsk} <span class="mono">{consent}</span></p>
            <div class="actions">
              <button type="button" class="btn secondary" onClick={() => void act({ action: 'consent', scope: consent, grant: false })}>{t.deny}</button>
              <button type="button" class="btn primary" onClick={() => void act({ action: 'consent', scope: consent, grant: true })}>{t.allow}</button>
            </div>
          </div>
        )}
        {state?.payment && (
          <div class="sheet pay-sheet" role="alertdialog" aria-label={t.confirmPay} data-testid="page-payment">
            <div class="merchant">{state.title || page.appId}</div>
            <div class="amount">{yuan(state.payment.amount)}</div>
            <p class="muted small mono">{t.order} {state.payment.orderId}</p>
            <div class="actions">
              <button type="button" class="btn secondary" disabled={busy} onClick={() => void act({ action: 'confirm-payment', accept: false })}>{t.cancel}</button>
              <button type="button" class="btn primary" disabled={busy} onClick={() => void act({ action: 'confirm-payment', accept: true })}>{t.payNow} {yuan(state.payment.amount)}</button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
