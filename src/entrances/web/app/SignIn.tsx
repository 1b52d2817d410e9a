import { useEffect, useState } from 'preact/hooks';
import { openUsers, signInWithLink, signInWithPassword } from './auth.ts';
import { useI18n } from './i18n.ts';
import { LangSwitch } from './LangSwitch.tsx';
import type { Me } from './types.ts';

/** Sign-in: a password, or the one-time link the CLI printed; on a hub without accounts, a user picker. */
export function SignIn({ open, onSignedIn, title }: { open: boolean; onSignedIn: (me: Me) => void; title: string }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'password' | 'link'>('password');
  const [user, setUser] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [users, setUsers] = useState<{ id: string; name: string; lang: string }[]>([]);
  useEffect(() => {
    if (open) openUsers().then(setUsers, (e: Error) => setError(e.message));
  }, [open]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      onSignedIn(mode === 'password' ? await signInWithPassword(user.trim(), secret) : await signInWithLink(secret));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="signin">
      <div class="signin-card">
        <div class="signin-top"><div class="logo" aria-hidden="true">A</div><LangSwitch /></div>
        <h1>{title}</h1>
        <p class="muted">{t.tagline}</p>
        {open ? (
          <div class="open-users">
            <p class="notice">{t.openHub}</p>
            {users.map((u) => (
              <button type="button" class="btn secondary wide" key={u.id} onClick={() => onSignedIn({ user: { id: u.id, name: u.name, lang: u.lang === 'en' ? 'en' : 'zh', role: 'operator' }, open: true })}>
                {u.name} <span class="muted">@{u.id}</span>
              </button>
            ))}
          </div>
        ) : (
          <form onSubmit={submit} aria-label={t.signIn}>
            <div class="tabs" role="tablist">
              <button type="button" role="tab" aria-selected={mode === 'password'} class={mode === 'password' ? 'tab on' : 'tab'} onClick={() => setMode('password')}>{t.withPassword}</button>
              <button type="button" role="tab" aria-selected={mode === 'link'} class={mode === 'link' ? 'tab on' : 'tab'} onClick={() => setMode('link')}>{t.withLink}</button>
            </div>
            {mode === 'password' && (
              <label>{t.user}<input name="user" autocomplete="username" required value={user} onInput={(e) => setUser(e.currentTarget.value)} /></label>
            )}
            <label>{mode === 'password' ? t.password : t.linkToken}
              <input name={mode === 'password' ? 'password' : 'link'} type={mode === 'password' ? 'password' : 'text'} autocomplete={mode === 'password' ? 'current-password' : 'off'} required value={secret} onInput={(e) => setSecret(e.currentTarget.value)} />
            </label>
            {error && <p class="error" role="alert">{error}</p>}
            <button class="btn primary wide" type="submit" disabled={busy}>{busy ? t.signingIn : t.signIn}</button>
          </form>
        )}
        {open && error && <p class="error" role="alert">{error}</p>}
      </div>
    </main>
  );
}
