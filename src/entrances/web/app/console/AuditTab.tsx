import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useI18n } from '../i18n.ts';

interface AuditRecord { id: number; at: string; kind: string; actor: string; userId?: string; appId?: string; data: Record<string, unknown> }

/** The append-only audit log, newest first, with the hash chain's check. */
export function AuditTab() {
  const { t } = useI18n();
  const [records, setRecords] = useState<AuditRecord[]>([]);
  const [ok, setOk] = useState<boolean>();
  const [error, setError] = useState('');
  useEffect(() => {
    api<{ records: AuditRecord[]; verification: { ok: boolean } }>('/api/console/audit').then((a) => { setRecords(a.records); setOk(a.verification.ok); }, (e: Error) => setError(e.message));
  }, []);
  return (
    <div>
      {ok !== undefined && <p class={ok ? 'notice ok' : 'notice bad'}>{ok ? `✓ ${t.chainOk}` : '✕'}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      <table class="table" data-testid="audit">
        <tbody>
          {records.map((r) => (
            <tr key={r.id}><td class="small">{new Date(r.at).toLocaleString()}</td><td><code>{r.kind}</code></td><td>{r.actor}</td><td>{r.appId}</td><td class="mono small">{JSON.stringify(r.data).slice(0, 160)}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
