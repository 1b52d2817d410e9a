import { factsOf } from './facts.ts';

/**
 * What the user hears of a result's content: its facts, in the user's language. An
 * instruction-only content says nothing; an English error to a Chinese user (a validation
 * message, a skill written in English) becomes a plain Chinese sentence, and the reverse.
 */
export function factOf(content: string, options: { lang?: 'zh' | 'en'; apis?: string[]; isError?: boolean } = {}): string {
  const facts = factsOf(content, options);
  const han = /[\u4e00-\u9fff]/.test(facts);
  if (options.lang === 'zh' && facts && !han) return options.isError ? '抱歉，这一步没有办成，服务返回了错误。' : '';
  if (options.lang === 'en' && facts && han && options.isError) return 'Sorry, that step did not go through; the service returned an error.';
  if (!facts && options.isError) return options.lang === 'en' ? 'Sorry, that step did not go through.' : '抱歉，这一步没有办成。';
  return facts;
}

/** The short label of a parameter for a question: its description up to the first pause. */
export function paramLabel(description: string | undefined, name: string, lang: 'zh' | 'en'): string {
  const d = (description ?? '').split(/[，,。.;；(（:：\n]/)[0]?.trim() ?? '';
  if (!d) return spokenName(name);
  if (lang === 'en' && /[\u4e00-\u9fff]/.test(d)) {
    const english = (description ?? '').match(/[A-Za-z][A-Za-z '-]{2,40}/)?.[0].trim();
    return english && !/[a-z][A-Z]/.test(english) ? english : spokenName(name);
  }
  return d;
}

/** A parameter's name as words ("roomId" → "room", "start_time" → "start time"). */
function spokenName(name: string): string {
  const words = name.replace(/(?:_?ids?|ID)$/i, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').trim().toLowerCase();
  return words || name;
}

export function listText(items: string[], lang: 'zh' | 'en'): string {
  return lang === 'en' ? items.join(', ') : items.join('、');
}
