import type { Entity } from '../understand/index.ts';
import { entitiesIn, KIND_FIELD, priceOf } from './entities.ts';

/** At most this many things are named in one line. */
const MOST = 8;

/**
 * What a list says when its words say nothing to the person (「已为用户列出全部 40 款饮品。请…点击
 * 卡片…禁止以纯文本列出」): the things of the kind the question names (「有什么水果茶推荐吗」 of drinks
 * filed under 水果茶), else the first of all, by name and price — so a person on a surface without
 * cards hears what was found. Undefined where the result lists nothing.
 */
export function listedLine(structured: unknown, texts: readonly string[], lang: 'zh' | 'en'): string | undefined {
  const all = entitiesIn(structured).filter((e) => e.names[0] && e.names[0] !== e.id);
  if (!all.length) return undefined;
  const kinds = [...new Set(all.flatMap((e) => Object.entries(e.fields ?? {}).filter(([k]) => KIND_FIELD.test(k)).map(([, v]) => v)))];
  const said = kinds.filter((kind) => texts.some((text) => kind.split(/[/／、,，\s]+/).some((part) => part.length >= 2 && text.includes(part))));
  const ofKind = said.length ? all.filter((e) => Object.entries(e.fields ?? {}).some(([k, v]) => KIND_FIELD.test(k) && said.includes(v))) : all;
  const shown = ofKind.slice(0, MOST).map(nameWithPrice);
  const more = ofKind.length > MOST ? (lang === 'en' ? `, and ${ofKind.length - MOST} more` : ` 等 ${ofKind.length} 款`) : '';
  const head = said.length ? `${said.join(lang === 'en' ? ', ' : '、')}${lang === 'en' ? ': ' : '：'}` : '';
  return `${head}${shown.join(lang === 'en' ? ', ' : '、')}${more}${lang === 'en' ? '.' : '。'}`;
}

/** A listed thing by its name, and its price where it has one (「橘皮拿铁 ¥20」). */
export function nameWithPrice(entity: Entity): string {
  const price = priceOf(entity);
  const name = entity.names[0] ?? entity.id;
  return price === undefined ? name : `${name} ¥${price}`;
}
