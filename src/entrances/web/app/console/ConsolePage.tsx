import { useState } from 'preact/hooks';
import { useI18n } from '../i18n.ts';
import { LangSwitch } from '../LangSwitch.tsx';
import type { Me } from '../types.ts';
import { AuditTab } from './AuditTab.tsx';
import { EvalsTab } from './EvalsTab.tsx';
import { MoneyTab } from './MoneyTab.tsx';
import { PlaygroundTab } from './PlaygroundTab.tsx';
import { ReviewTab } from './ReviewTab.tsx';

type Tab = 'review' | 'playground' | 'evals' | 'ledger' | 'audit';

/** The developer console: review and playground for developers; the ledger, refunds and audit log for operators. */
export default function ConsolePage({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const { t } = useI18n();
  const operator = me.user.role === 'operator';
  const [tab, setTab] = useState<Tab>('review');
  const tabs: [Tab, string][] = [['review', t.review], ['playground', t.playground], ['evals', t.evals], ...(operator ? ([['ledger', t.ledger], ['audit', t.audit]] as [Tab, string][]) : [])];
  if (me.user.role === 'user') return <main class="console"><p class="notice bad">{t.needsRole}</p></main>;
  return (
    <div class="console">
      <header class="topbar">
        <div class="brand"><div class="logo" aria-hidden="true">A</div><span>{t.console}</span></div>
        <nav class="tabs" role="tablist">
          {tabs.map(([id, label]) => <button type="button" role="tab" key={id} aria-selected={tab === id} class={tab === id ? 'tab on' : 'tab'} onClick={() => setTab(id)}>{label}</button>)}
        </nav>
        <div class="spacer" />
        <span class="muted small">{me.user.name} · {me.user.role}</span>
        <LangSwitch />
        {!me.open && <button type="button" class="btn ghost small" onClick={onSignOut}>{t.signOut}</button>}
      </header>
      <main class="console-main">
        {tab === 'review' && <ReviewTab />}
        {tab === 'playground' && <PlaygroundTab />}
        {tab === 'evals' && <EvalsTab />}
        {tab === 'ledger' && <MoneyTab />}
        {tab === 'audit' && <AuditTab />}
      </main>
    </div>
  );
}
