import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { CardTree } from '../CardTree.tsx';
import { useI18n } from '../i18n.ts';
import type { UiNode } from '../types.ts';

interface AppApis { appId: string; appName: string; apis: { api: string; description: string; hasCard: boolean }[] }
interface Called { ms: number; envelope?: unknown; card?: { tree: UiNode[]; text: string } | { error: string }; outcome?: unknown }

/** Call one API of a live mini-program as yourself: the envelope a planner gets, and the card a user sees. */
export function PlaygroundTab() {
  const { t } = useI18n();
  const [apps, setApps] = useState<AppApis[]>([]);
  const [appId, setAppId] = useState('');
  const [apiName, setApiName] = useState('');
  const [args, setArgs] = useState('{}');
  const [result, setResult] = useState<Called>();
  const [error, setError] = useState('');
  useEffect(() => {
    api<{ apps: AppApis[] }>('/api/console/apis').then((a) => { setApps(a.apps); setAppId(a.apps[0]?.appId ?? ''); setApiName(a.apps[0]?.apis[0]?.api ?? ''); }, (e: Error) => setError(e.message));
  }, []);
  const app = apps.find((a) => a.appId === appId);
  const call = async (event: Event) => {
    event.preventDefault();
    setError('');
    let parsed: unknown;
    try {
      parsed = JSON.parse(args);
    } catch {
      return setError('参数不是 JSON / the arguments are not JSON');
    }
    try {
      setResult(await api<Called>('/api/console/playground', { body: { appId, api: apiName, arguments: parsed } }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div class="split">
      <form class="detail" onSubmit={call}>
        <label>{t.miniProgram}<select value={appId} onChange={(e) => { setAppId(e.currentTarget.value); setApiName(apps.find((a) => a.appId === e.currentTarget.value)?.apis[0]?.api ?? ''); }}>
          {apps.map((a) => <option key={a.appId} value={a.appId}>{a.appName} ({a.appId})</option>)}
        </select></label>
        <label>API<select value={apiName} onChange={(e) => setApiName(e.currentTarget.value)}>
          {app?.apis.map((a) => <option key={a.api} value={a.api}>{a.api}{a.hasCard ? ' 🃏' : ''}</option>)}
        </select></label>
        <p class="muted small">{app?.apis.find((a) => a.api === apiName)?.description}</p>
        <label>{t.args}<textarea class="mono" rows={6} value={args} onInput={(e) => setArgs(e.currentTarget.value)} /></label>
        <button type="submit" class="btn primary">{t.call}</button>
        {error && <p class="error" role="alert">{error}</p>}
      </form>
      {result && (
        <section class="detail">
          <h3>{t.envelope} <span class="muted small">{result.ms} ms</span></h3>
          <pre class="json">{JSON.stringify(result.envelope ?? result.outcome, null, 2)}</pre>
          {result.card && <h3>{t.card}</h3>}
          {result.card && ('error' in result.card ? <p class="error">{result.card.error}</p> : <div class="card"><CardTree nodes={result.card.tree} disabled /></div>)}
        </section>
      )}
    </div>
  );
}
