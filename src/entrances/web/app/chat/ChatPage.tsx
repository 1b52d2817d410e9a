import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n.ts';
import { LangSwitch } from '../LangSwitch.tsx';
import type { Me } from '../types.ts';
import { AccountPanel } from './AccountPanel.tsx';
import { EventView } from './EventView.tsx';
import { MiniProgramPanel, type OpenPage } from './MiniProgramPanel.tsx';
import { useSession } from './use-session.ts';

/** The web chat: one conversation, its cards and confirmations, the task's state, the user's account. */
export function ChatPage({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const { t } = useI18n();
  const session = useSession(me.user.id);
  const [text, setText] = useState('');
  const [drawer, setDrawer] = useState(false);
  const [page, setPage] = useState<OpenPage>();
  const end = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => end.current?.scrollIntoView({ block: 'end', behavior: 'smooth' }), [session.items.length, session.busy]);

  const send = () => {
    const said = text.trim();
    if (!said || session.busy) return;
    setText('');
    void session.say(said);
  };
  const actions = {
    busy: session.busy, answers: session.answers,
    confirm: (id: string, accept: boolean) => void session.confirm(id, accept),
    consent: (appId: string, scope: string, grant: boolean) => void session.consent(appId, scope, grant),
    tap: (seq: number, path: string) => void session.tap(seq, path),
    openApp: (appId: string, _path: string, _query?: string, seq?: number) => session.sessionId && seq !== undefined && setPage({ sessionId: session.sessionId, seq, appId }),
  };

  return (
    <div class="chat-shell">
      <header class="topbar">
        <div class="brand"><div class="logo" aria-hidden="true">A</div><span>{t.brand}</span></div>
        {session.taskState && <span class={`pill task ${session.taskState}`} data-testid="task-state" role="status">{t.task[session.taskState]}</span>}
        <div class="spacer" />
        <button type="button" class="btn ghost small" onClick={() => { session.reset(); input.current?.focus(); }}>{t.newChat}</button>
        <LangSwitch />
        <button type="button" class="btn ghost small avatar" aria-label={t.account} onClick={() => setDrawer(true)}>{me.user.name.slice(0, 1)}</button>
      </header>
      <main class="messages" aria-live="polite">
        {session.items.length === 0 && (
          <div class="empty">
            <div class="logo big" aria-hidden="true">A</div>
            <h1>{t.empty}</h1>
            <p class="muted">{t.emptyHint}</p>
            <div class="examples">
              {t.examples.map((example) => <button type="button" class="chip" key={example} onClick={() => { setText(example); input.current?.focus(); }}>{example}</button>)}
            </div>
          </div>
        )}
        {session.items.map((item) => (
          <div class="row" key={item.key}>
            {'user' in item ? <div class="bubble user">{item.user}</div> : <EventView event={item.event} actions={{ ...actions, openApp: (a, p, q) => actions.openApp(a, p, q, item.event.seq) }} />}
          </div>
        ))}
        {session.busy && <div class="row"><div class="bubble assistant typing" aria-label={t.thinking}><span /><span /><span /></div></div>}
        {session.error && <div class="row"><div class="bubble system" role="alert">{session.error}</div></div>}
        <div ref={end} />
      </main>
      <form class="composer" onSubmit={(e) => { e.preventDefault(); send(); }}>
        <textarea
          ref={input} rows={1} value={text} placeholder={t.placeholder} aria-label={t.placeholder} autofocus
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } }}
        />
        <button type="submit" class="btn primary send" disabled={session.busy || !text.trim()} aria-label={t.send}>↑</button>
      </form>
      {drawer && <AccountPanel me={me} onClose={() => setDrawer(false)} onSignOut={onSignOut} onOpenApp={(appId) => void session.ensure().then((sessionId) => { setDrawer(false); setPage({ sessionId, appId }); })} />}
      {page && <MiniProgramPanel page={page} onClose={() => setPage(undefined)} />}
    </div>
  );
}
