import { useI18n } from './i18n.ts';

/** 中文 ⇄ English; the choice is kept in this browser. */
export function LangSwitch() {
  const { lang, t, setLang } = useI18n();
  return (
    <button type="button" class="btn ghost small" lang={lang === 'zh' ? 'en' : 'zh'} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
      {t.language}
    </button>
  );
}
