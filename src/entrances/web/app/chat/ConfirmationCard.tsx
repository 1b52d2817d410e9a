import { yuan } from '../api.ts';
import { useI18n } from '../i18n.ts';
import type { ConfirmationView } from '../types.ts';

const optionText = (options?: Record<string, unknown>) => (options ? Object.values(options).map(String).join(' · ') : '');

/** A payment app's confirmation sheet: who is paid, for exactly what, how much; Confirm or Cancel. */
export function ConfirmationCard({ c, answer, busy, onAnswer }: { c: ConfirmationView; answer: boolean | undefined; busy: boolean; onAnswer: (accept: boolean) => void }) {
  const { t } = useI18n();
  const isPay = c.kind === 'payment';
  return (
    <section class="pay-sheet" aria-label={isPay ? t.confirmPay : t.confirmAction} data-testid="confirmation">
      <header>
        <div class="merchant-badge" aria-hidden="true">{c.merchantName.slice(0, 1)}</div>
        <div>
          <div class="merchant">{c.merchantName}</div>
          <div class="muted small">{c.title}</div>
        </div>
      </header>
      {c.amount !== undefined && <div class="amount" data-testid="amount">{yuan(c.amount)}</div>}
      {c.description && <p class="desc">{c.description}</p>}
      {c.lines && c.lines.length > 0 && (
        <ul class="lines">
          {c.lines.map((l, i) => (
            <li key={i}>
              <span class="line-name">{l.name}<span class="muted small"> {optionText(l.options)}</span></span>
              <span class="line-qty">×{l.qty}</span>
              <span class="line-price">{yuan(l.unitPrice * l.qty)}</span>
            </li>
          ))}
        </ul>
      )}
      <dl class="facts">
        {c.amount !== undefined && <><dt>{t.total}</dt><dd><strong>{yuan(c.amount)}</strong></dd></>}
        {c.orderId && <><dt>{t.order}</dt><dd class="mono">{c.orderId}</dd></>}
        <dt>{t.expires}</dt><dd>{new Date(c.expiresAt).toLocaleTimeString()}</dd>
      </dl>
      {answer === undefined ? (
        <div class="actions">
          <button type="button" class="btn secondary" disabled={busy} onClick={() => onAnswer(false)}>{t.cancel}</button>
          <button type="button" class="btn primary" disabled={busy} onClick={() => onAnswer(true)}>{isPay ? `${t.confirmPay} ${c.amount !== undefined ? yuan(c.amount) : ''}` : t.confirm}</button>
        </div>
      ) : (
        <p class={answer ? 'stamp ok' : 'stamp no'}>{answer ? t.confirmed : t.declined}</p>
      )}
    </section>
  );
}
