import { docSentences } from './policy.ts';

/** A date written in a skill's document: `2026-11-23`, 「2026年11月23日」, 「11月23日」 (of the year asked). */
const DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/g;
/** Words that make a date the last one there is (「只卖到…」「开放至…」「截至…」, "until", "through"). */
const UNTIL = /只(?:[卖售开排约订])?到|只开放|开放(?:到|至)?|截[至止]|为止|之前|以内|\b(?:until|through|up to|no later than|only (?:open|on sale|bookable))\b|(?<=\d\s*[日号]?\s*)(?:至|到|~|～|—|–)/i;

/**
 * 「船票只卖到 2027-03-14」「目前只开放 3月10日 至 3月16日」, "bookings open until 23 Nov": the clause of
 * the skill's documents that says a date asked for lies past the last date there is, for a search or an
 * order that found nothing on it, and that last date. Undefined where no clause bounds the dates, or the
 * date asked is within.
 */
export function dateBoundSaid(docs: readonly string[], asked: readonly string[]): { clause: string; last: string } | undefined {
  const latest = asked.filter((a) => /^\d{4}-\d{2}-\d{2}/.test(a)).map((a) => a.slice(0, 10)).sort().at(-1);
  if (!latest) return undefined;
  const year = latest.slice(0, 4);
  for (const clause of docSentences(docs).flatMap((s) => s.split(/[，,；;]/)).map((c) => c.trim())) {
    if (!UNTIL.test(clause)) continue;
    const ends = [...clause.matchAll(DATE)].map((m) => `${m[1] ?? m[4] ?? year}-${(m[2] ?? m[5])!.padStart(2, '0')}-${(m[3] ?? m[6])!.padStart(2, '0')}`)
      .filter((d) => /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(d));
    const last = ends.sort().at(-1);
    if (last && latest > last) return { clause: clause.replace(/[。.!！]+$/, ''), last };
  }
  return undefined;
}

/** What an English asker hears of it: the last date, then the skill's own words where they are Chinese. */
export function dateBoundLine(bound: { clause: string; last: string }, lang: 'zh' | 'en'): string {
  return lang === 'en' && /\p{Script=Han}/u.test(bound.clause) ? `Only dates up to ${bound.last} are open (${bound.clause}).` : bound.clause;
}

/** Asking how far ahead there is anything (「排片排到几号」「最远能订到哪天」「能提前几天约」, "how far ahead can I book?"). */
const ASKS_LAST = /(?:排|卖|售|约|订|买|开放)到(?:几号|哪天|哪一天|什么时候|几月几[号日])|最(?:远|晚)(?:能|可以)?(?:订|买|约|预约|预订)?到?(?:几号|哪天|哪一天|什么时候)|(?:能|可以)提前(?:几|多少)天|提前多久|\bhow far (?:ahead|in advance|out)\b|\b(?:until|up to|through) (?:what|which) (?:date|day)\b|\b(?:latest|last|furthest) (?:date|day)\b|\bhow many days (?:ahead|in advance)\b/i;

/** The last date the skill says there is, as the asker hears it, where a question asks how far ahead; undefined otherwise. */
export function lastDateAsked(text: string, docs: readonly string[], lang: 'zh' | 'en'): { sentence: string; alone: boolean } | undefined {
  const bound = ASKS_LAST.test(text) ? dateBoundSaid(docs, ['9999-12-31']) : undefined;
  return bound && { sentence: `${dateBoundLine(bound, lang)}${lang === 'zh' ? '。' : ''}`, alone: true };
}
