import { useEffect, useState } from 'preact/hooks';
import { api, yuan } from '../api.ts';
import { useI18n } from '../i18n.ts';
import type { Me, Order } from '../types.ts';

/** The user's wallet and orders, newest first. */
export function AccountPanel({ me, onClose, onSignOut, onOpenApp }: { me: Me; onClose: () => void; onSignOut: () => void; onOpenApp: (appId: string) => void }) {
  const { t } = useI18n();
  const [wallet, setWallet] = useState<number>();
  const [orders, setOrders] = useState<Order[]>();
  const [error, setError] = useState('');
  const [apps, setApps] = useState<{ appId: string; appName: string; appNameEn?: string }[]>([]);
  useEffect(() => {
    api<{ apps: { appId: string; appName: string; appNameEn?: string }[] }>('/api/apps').then((a) => setApps(a.apps), () => undefined);
    api<{ balance: number }>('/api/me/wallet').then((w) => setWallet(w.balance), (e: Error) => setError(e.message));
    api<{ orders: Order[] }>('/api/me/orders').then((o) => setOrders(o.orders), (e: Error) => setError(e.message));
  }, []);
  return (
    <aside class="drawer" role="dialog" aria-modal="true" aria-label={t.account} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="drawer-head">
        <div><strong>{me.user.name}</strong> <span class="muted small">@{me.user.id} · {me.user.role}</span></div>
        <button type="button" class="btn ghost small" onClick={onClose} autofocus>{t.close}</button>
      </div>
      <div class="wallet" data-testid="wallet">
        <div class="muted small">{t.wallet}</div>
        <div class="wallet-amount">{wallet === undefined ? '—' : yuan(wallet)}</div>
      </div>
      <h3>{t.miniPrograms}</h3>
      <div class="app-grid">
        {apps.map((a) => (
          <button type="button" class="app-tile" key={a.appId} aria-label={`${t.openApp} ${a.appName}`} onClick={() => onOpenApp(a.appId)}>
            <span class="app-icon" aria-hidden="true">{a.appName.slice(0, 1)}</span>
            <span class="small">{a.appName.split(/\s/)[0]}</span>
          </button>
        ))}
      </div>
      <h3>{t.orders}</h3>
      {error && <p class="error small">{error}</p>}
      {orders?.length === 0 && <p class="muted">{t.noOrders}</p>}
      <ul class="order-list" data-testid="orders">
        {orders?.map((o) => (
          <li key={o.orderId}>
            <div><div>{o.title}</div><div class="muted small">{o.merchantName ?? o.appId} · {o.createdAt ? new Date(o.createdAt).toLocaleString() : ''}</div></div>
            <div class="order-right"><div>{yuan(o.amount)}</div><span class={`pill ${o.status}`}>{t.status[o.status] ?? o.status}</span></div>
          </li>
        ))}
      </ul>
      {!me.open && <button type="button" class="btn secondary wide" onClick={onSignOut}>{t.signOut}</button>}
    </aside>
  );
}
