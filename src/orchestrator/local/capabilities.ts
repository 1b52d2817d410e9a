import type { ScoredCatalog } from './route.ts';

/** The request as the user said it, short enough to repeat back. */
export function quote(text: string): string {
  const t = text.trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

/** What the services here can do, said to someone who asks or whose request none serves. */
export function capabilities(catalog: ScoredCatalog, lang: 'zh' | 'en'): string {
  const apps = catalog.apps();
  if (!apps.length) return lang === 'en' ? 'No services are installed yet.' : '目前还没有安装任何服务。';
  const list = apps.map((a) => (lang === 'en' ? `${a.appNameEn ?? a.appName}` : `${a.appName}（${a.description.split(/[；;]/)[0]}）`));
  return lang === 'en' ? `I can help with: ${list.join(', ')}.` : `我可以帮你：${list.join('；')}。`;
}
