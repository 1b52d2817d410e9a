import type { JsonSchema } from '../../package/index.ts';
import { displayName } from './entities.ts';
import { enumOptions, isCountLike } from './fill-value.ts';
import type { Ask } from './memo.ts';
import { listText, paramLabel, readsAsLabel } from './phrasing.ts';
import { toldApart } from './told-apart.ts';

/** The question the planner asks for what it could not find, in the user's language. */
export function questionFor(ask: Ask, schemaOf: (path: string) => JsonSchema, lang: 'zh' | 'en'): string {
  const first = ask.params[0] ?? '';
  const schema = schemaOf(first);
  const label = ask.label && (lang === 'en') !== /[\u4e00-\u9fff]/.test(ask.label) ? ask.label : paramLabel(schema.description, first.split('.').pop() ?? first, lang);
  if (ask.kind === 'entity' && ask.candidates) {
    const offered = ask.candidates.slice(0, 12);
    const names = toldApart(offered, offered.map((c) => displayName({ id: c.id, names: c.names, fields: c.fields ?? {} }, lang)));
    const missed = ask.noneWhenSaid ? (lang === 'en' ? 'There is none at the time you said. ' : '你说的时间没有。') : '';
    // (one left to offer is offered as it is: a yes takes it)
    if (names.length === 1 && !ask.many) return lang === 'en' ? `${missed}There is only ${names[0]} — shall I take it?` : `${missed}只有「${names[0]}」这一个，要这个吗？`;
    return lang === 'en'
      ? `${missed}Which ${label}${ask.many ? '(s)' : ''}? Options: ${listText(names, lang)}.`
      : `${missed}请问${label}选哪个${ask.many ? '（可多选）' : ''}？可选：${listText(names, lang)}。`;
  }
  if (ask.kind === 'agree') return lang === 'en' ? 'Do you still want to go ahead?' : '仍要继续吗？';
  if (ask.kind === 'enum') {
    const options = (ask.options ?? enumOptions(schema) ?? []).map((o) => o.glosses.find((g) => (lang === 'en') === !/[\u4e00-\u9fff]/.test(g)) ?? o.code);
    if (lang === 'en') return `Which ${label}? Options: ${listText(options, lang)}.`;
    return readsAsLabel(label, lang) ? `请问${label}选哪个？可选：${listText(options, lang)}。` : `请问要哪一种：${listText(options, lang)}？`;
  }
  if (!ask.params.length) return '';
  // a count alone, in English: "How many tickets?" ("How many?" where its name says only that it counts)
  if (lang === 'en' && ask.params.length === 1 && isCountLike(first.split('.').pop() ?? first, schema)) {
    const things = /^(?:qty|quantity|count|num|number|amount)$/i.test(label) || /[\u4e00-\u9fff]/.test(label) ? '' : ` ${label.replace(/^(?:the\s+)?(?:number|count|quantity) of\s+/i, '')}`;
    return `How many${things}?`;
  }
  const labels = ask.params.map((p, i) => (i === 0 && label) || paramLabel(schemaOf(p).description, p.split('.').pop() ?? p, lang));
  return lang === 'en' ? `Please tell me: ${listText(labels, lang)}.` : `请告诉我：${listText(labels, lang)}。`;
}
