import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useI18n } from '../i18n.ts';

interface Run {
  id: string; file: string; by: string; startedAt: string; state: 'running' | 'done' | 'failed'; done: number; total: number; error?: string;
  report?: { passRate: number; passK: number; k: number; seconds: number; scenarios: { id: string; pass: boolean; reason?: string; needs?: string }[] };
}

/** Scenario evaluations: run a sample scenario file and read each report, scenario by scenario. */
export function EvalsTab() {
  const { t } = useI18n();
  const [files, setFiles] = useState<string[]>([]);
  const [file, setFile] = useState('');
  const [runs, setRuns] = useState<Run[]>([]);
  const [error, setError] = useState('');
  const load = () => api<{ files: string[]; runs: Run[] }>('/api/console/evals').then((e) => { setFiles(e.files); setFile((f) => f || (e.files[0] ?? '')); setRuns(e.runs); }, (e: Error) => setError(e.message));
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 3000);
    return () => clearInterval(timer);
  }, []);
  const start = async () => {
    setError('');
    try {
      await api('/api/console/evals', { body: { file } });
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div>
      <div class="detail row-inline">
        <select value={file} onChange={(e) => setFile(e.currentTarget.value)} aria-label={t.evals}>{files.map((f) => <option key={f}>{f}</option>)}</select>
        <button type="button" class="btn primary" disabled={!file || runs.some((r) => r.state === 'running')} onClick={() => void start()}>{t.run}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {runs.map((r) => (
        <section class="detail" key={r.id}>
          <h3>{r.file} <span class={`pill ${r.state === 'done' ? 'completed' : r.state === 'failed' ? 'failed' : 'working'}`}>{r.state} {r.done}/{r.total}</span> <span class="muted small">{r.by} · {new Date(r.startedAt).toLocaleString()}</span></h3>
          {r.error && <p class="error">{r.error}</p>}
          {r.report && (
            <>
              <p><strong>{(r.report.passRate * 100).toFixed(1)}%</strong> {t.passed} · pass^{r.report.k} {r.report.passK.toFixed(3)} · {r.report.seconds.toFixed(1)} s</p>
              <ul class="findings">
                {r.report.scenarios.map((s) => <li key={s.id}><span class={s.pass ? 'ok' : 'bad'}>{s.pass ? '✓' : '✕'}</span> <code>{s.id}</code> {s.reason && <span class="muted small">{s.reason}</span>}</li>)}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
