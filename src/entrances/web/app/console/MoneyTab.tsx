import { useEffect, useState } from 'preact/hooks';
import { api, yuan } from '../api.ts';
import { useI18n } from '../i18n.ts';

interface Account { id: string; kind: string; name: string; balanceFen: number }
interface LedgerOrder { orderId: string; status: string; amountFen: number; refundedFen: number; appId: string; userId: string; title: string; createdAt: string }
interface Ledger { accounts: Account[]; orders: LedgerOrder[]; verification: { ok: boolean; problems?: { check: string; subject: string; message: { zh: string; en: string } }[] } }

const fen = (f: number) => yuan(f / 100);

/** The operator's money view: every account, every order, the ledger check, and refunds with a reason. */
export function MoneyTab() {
  const { t, lang } = useI18n();
  const [ledger, setLedger] = useState<Ledger>();
  const [error, setError] = useState('');
  const [refunding, setRefunding] = useState<LedgerOrder>();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const load = () => api<Ledger>('/api/console/ledger').then(setLedger, (e: Error) => setError(e.message));
  useEffect(() => void load(), []);
  const refund = async (event: Event) => {
    event.preventDefault();
    if (!refunding) return;
    setError('');
    try {
      await api('/api/console/refunds', { body: { orderId: refunding.orderId, reason, ...(amount ? { amount: Number(amount) } : {}) } });
      setRefunding(undefined);
      setAmount('');
      setReason('');
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!ledger) return <p class={error ? 'error' : 'muted'}>{error || '…'}</p>;
  return (
    <div>
      <p class={ledger.verification.ok ? 'notice ok' : 'notice bad'}>{ledger.verification.ok ? `✓ ${t.verified}` : ledger.verification.problems?.map((p) => `${p.check} ${p.subject}: ${p.message[lang]}`).join('; ')}</p>
      {error && <p class="error" role="alert">{error}</p>}
      <h3>{t.ledger}</h3>
      <table class="table" data-testid="ledger-orders">
        <thead><tr><th>{t.order}</th><th>{t.miniProgram}</th><th>{t.userCol}</th><th>{t.amount}</th><th>{t.refunds}</th><th /></tr></thead>
        <tbody>
          {ledger.orders.map((o) => (
            <tr key={o.orderId}>
              <td>{o.title}<div class="muted small mono">{o.orderId}</div></td>
              <td>{o.appId}</td><td>{o.userId}</td>
              <td>{fen(o.amountFen)} <span class={`pill ${o.status}`}>{t.status[o.status] ?? o.status}</span></td>
              <td>{o.refundedFen ? fen(o.refundedFen) : ''}</td>
              <td>{(o.status === 'paid' || o.status === 'partially_refunded') && <button type="button" class="btn ghost small" onClick={() => setRefunding(o)}>{t.refund}</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {refunding && (
        <form class="detail" onSubmit={refund} aria-label={t.refund}>
          <h3>{t.refund} {refunding.title} · {fen(refunding.amountFen - refunding.refundedFen)}</h3>
          <label>{t.amount} (¥)<input inputMode="decimal" value={amount} placeholder={((refunding.amountFen - refunding.refundedFen) / 100).toFixed(2)} onInput={(e) => setAmount(e.currentTarget.value)} /></label>
          <label>{t.reason}<input required value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></label>
          <div class="actions"><button type="button" class="btn secondary" onClick={() => setRefunding(undefined)}>{t.cancel}</button><button class="btn primary" type="submit">{t.refund}</button></div>
        </form>
      )}
      <h3>{t.accountsTitle}</h3>
      <table class="table">
        <tbody>{ledger.accounts.map((a) => <tr key={a.id}><td class="mono">{a.id}</td><td>{a.kind}</td><td>{a.name}</td><td>{fen(a.balanceFen)}</td></tr>)}</tbody>
      </table>
    </div>
  );
}
