import { yuan } from '../api.ts';
import { CardTree } from '../CardTree.tsx';
import { useI18n } from '../i18n.ts';
import type { HubEvent } from '../types.ts';
import { ConfirmationCard } from './ConfirmationCard.tsx';

export interface EventActions {
  busy: boolean;
  answers: Record<string, boolean>;
  confirm(confirmationId: string, accept: boolean): void;
  consent(appId: string, scope: string, grant: boolean): void;
  tap(seq: number, path: string): void;
  openApp(appId: string, path: string, query?: string): void;
}

/** One event of the feed as the person sees it; events meant for developers draw nothing. */
export function EventView({ event, actions }: { event: HubEvent; actions: EventActions }) {
  const { t } = useI18n();
  switch (event.type) {
    case 'message':
      return <div class={`bubble ${event.role}`}>{event.text}</div>;
    case 'card':
      return (
        <div class="card" data-testid="card">
          <CardTree nodes={event.card.tree} onTap={(path) => actions.tap(event.seq, path)} disabled={actions.busy} />
        </div>
      );
    case 'confirmation-request':
      return <ConfirmationCard c={event.confirmation} answer={actions.answers[event.confirmation.confirmationId]} busy={actions.busy} onAnswer={(accept) => actions.confirm(event.confirmation.confirmationId, accept)} />;
    case 'consent-request': {
      const answer = actions.answers[`${event.appId} ${event.scope}`];
      return (
        <section class="consent" data-testid="consent">
          <div class="consent-title">{t.consentTitle}</div>
          <p><strong>{event.appName}</strong> {t.consentAsk} <strong>{event.description}</strong></p>
          <p class="muted small mono">{event.scope}</p>
          {answer === undefined ? (
            <div class="actions">
              <button type="button" class="btn secondary" disabled={actions.busy} onClick={() => actions.consent(event.appId, event.scope, false)}>{t.deny}</button>
              <button type="button" class="btn primary" disabled={actions.busy} onClick={() => actions.consent(event.appId, event.scope, true)}>{t.allow}</button>
            </div>
          ) : <p class={answer ? 'stamp ok' : 'stamp no'}>{answer ? t.granted : t.denied}</p>}
        </section>
      );
    }
    case 'payment':
      return (
        <section class={`receipt ${event.status}`} data-testid="receipt" role="status">
          <div class="receipt-icon" aria-hidden="true">{event.status === 'captured' ? '✓' : '✕'}</div>
          <div class="receipt-title">{event.status === 'captured' ? t.paid : event.status === 'declined' ? t.payDeclined : t.payFailed}</div>
          <div class="receipt-amount">{yuan(event.amount)}</div>
          <p class="muted small">{event.message}</p>
          <p class="muted small mono">{t.order} {event.orderId}</p>
        </section>
      );
    case 'handoff':
      return (
        <div class="handoff">
          <button type="button" class="btn secondary" onClick={() => actions.openApp(event.appId, event.path, event.query)}>{t.openApp} · {event.appId}</button>
        </div>
      );
    case 'error':
      return <div class="bubble system" role="alert">{event.message}</div>;
    case 'text-delta':
    case 'tool-call':
    case 'tool-result':
    case 'task-state':
      return null;
  }
}
