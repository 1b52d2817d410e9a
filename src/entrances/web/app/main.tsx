import { lazy, Suspense } from 'preact/compat';
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadMe, signOut } from './auth.ts';
import { ChatPage } from './chat/ChatPage.tsx';
import { initialLang, LangContext, STRINGS, type Lang } from './i18n.ts';
import { SignIn } from './SignIn.tsx';
import type { Me } from './types.ts';
import './styles.css';

const ConsolePage = lazy(() => import('./console/ConsolePage.tsx'));
const isConsole = location.pathname.startsWith('/console');

/** One page for both entrances: `/` is the chat, `/console` the developer console. */
function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [me, setMe] = useState<Me | 'signed-out' | 'open' | 'loading'>('loading');
  const [failure, setFailure] = useState('');
  useEffect(() => {
    loadMe().then(setMe, (e: Error) => setFailure(e.message));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = isConsole ? `${STRINGS[lang].console} · AgentOS` : 'AgentOS';
  }, [lang]);
  const i18n = useMemo(() => ({
    lang, t: STRINGS[lang],
    setLang: (next: Lang) => { localStorage.setItem('agentos.lang', next); setLangState(next); },
  }), [lang]);
  const out = () => void signOut().then(() => setMe(me === 'loading' || me === 'signed-out' || me === 'open' || me.open ? 'open' : 'signed-out'));

  let body;
  if (failure) body = <p class="error" role="alert">{failure}</p>;
  else if (me === 'loading') body = null;
  else if (me === 'signed-out' || me === 'open') body = <SignIn open={me === 'open'} title={isConsole ? STRINGS[lang].console : 'AgentOS'} onSignedIn={setMe} />;
  else if (isConsole) body = <Suspense fallback={null}><ConsolePage me={me} onSignOut={out} /></Suspense>;
  else body = <ChatPage me={me} onSignOut={out} />;
  return <LangContext.Provider value={i18n}>{body}</LangContext.Provider>;
}

render(<App />, document.getElementById('app')!);
