import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useI18n } from '../i18n.ts';

interface Version { appId: string; version: string; status: string; passed: boolean | null; appName: string; createdAt: string }
interface Problem { rule: string; severity: string; message: string; file?: string; line?: number; field?: string; fix?: string }
interface Detail {
  appId: string; version: string; status: string;
  review: { problems: Problem[]; contract: { skill: string; api: string; example: string; pass: boolean; error?: string }[]; passed: boolean } | null;
  decisions: { decision: string; reason: string; actor: string; at: string }[];
}

/** Installed mini-programs and versions; one version's findings, contract run and decisions; approve or reject with a reason. */
export function ReviewTab() {
  const { t } = useI18n();
  const [versions, setVersions] = useState<Version[]>([]);
  const [chosen, setChosen] = useState<Detail>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const load = () => api<{ versions: Version[] }>('/api/console/versions').then((v) => setVersions(v.versions), (e: Error) => setError(e.message));
  useEffect(() => void load(), []);
  const open = (v: Version) => {
    setError('');
    api<Detail>(`/api/console/versions/${encodeURIComponent(v.appId)}/${encodeURIComponent(v.version)}`).then(setChosen, (e: Error) => setError(e.message));
  };
  const decide = async (decision: 'approve' | 'reject') => {
    if (!chosen) return;
    setError('');
    try {
      await api(`/api/console/versions/${encodeURIComponent(chosen.appId)}/${encodeURIComponent(chosen.version)}/decision`, { body: { decision, reason } });
      setReason('');
      await load();
      open(chosen as unknown as Version);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const statusText = (s: string) => ({ pending: t.pending, approved: t.approved, rejected: t.rejectedStatus } as Record<string, string>)[s] ?? s;

  return (
    <div class="split">
      <table class="table" aria-label={t.versions}>
        <thead><tr><th>{t.versions}</th><th>version</th><th>{t.review}</th><th /></tr></thead>
        <tbody>
          {versions.map((v) => (
            <tr key={`${v.appId}@${v.version}`} class={chosen?.appId === v.appId && chosen.version === v.version ? 'on' : ''}>
              <td><strong>{v.appName}</strong><div class="muted small mono">{v.appId}</div></td>
              <td class="mono">{v.version}</td>
              <td><span class={`pill ${v.status}`}>{statusText(v.status)}</span> <span class={v.passed ? 'ok' : 'bad'}>{v.passed ? '✓' : '✕'}</span></td>
              <td><button type="button" class="btn secondary small" aria-label={`${t.review} ${v.appId}@${v.version}`} onClick={() => open(v)}>{t.review}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {chosen && (
        <section class="detail" data-testid="review-detail" aria-label={`${chosen.appId}@${chosen.version}`}>
          <h2>{chosen.appId}@{chosen.version} <span class={`pill ${chosen.status}`}>{statusText(chosen.status)}</span></h2>
          <h3>{t.findings}</h3>
          {!chosen.review?.problems.length && <p class="muted">{t.noFindings}</p>}
          <ul class="findings">
            {chosen.review?.problems.map((p, i) => (
              <li key={i} class={p.severity}>
                <span class={`pill ${p.severity}`}>{p.severity}</span> <code>{p.rule}</code> {p.message}
                {p.file && <div class="muted small mono">{p.file}{p.line ? `:${p.line}` : ""}{p.field ? ` · ${p.field}` : ""}</div>}
                {p.fix && <div class="small">→ {p.fix}</div>}
              </li>
            ))}
          </ul>
          <h3>{t.contract}</h3>
          <ul class="findings">
            {chosen.review?.contract.map((r, i) => (
              <li key={i}><span class={r.pass ? 'ok' : 'bad'}>{r.pass ? '✓' : '✕'}</span> <code>{r.skill} · {r.api}</code> {r.example}{r.error && <div class="small bad">{r.error}</div>}</li>
            ))}
          </ul>
          <h3>{t.decisions}</h3>
          <ul class="findings">{chosen.decisions.map((d, i) => <li key={i}>{d.decision} · {d.reason} <span class="muted small">{d.actor} {new Date(d.at).toLocaleString()}</span></li>)}</ul>
          <label>{t.reason}<textarea name="reason" rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></label>
          <div class="actions">
            <button type="button" class="btn secondary" disabled={!reason.trim()} onClick={() => void decide('reject')}>{t.reject}</button>
            <button type="button" class="btn primary" disabled={!reason.trim()} onClick={() => void decide('approve')}>{t.approve}</button>
          </div>
        </section>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
