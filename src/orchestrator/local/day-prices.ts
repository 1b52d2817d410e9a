import type { Entity } from '../understand/index.ts';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';

/** A price field named for a class of days (`weekday`, `weekendPrice`, `prices.weekend`, 「周末价」). */
const CLASS_KEY = /(?:^|\.|price_?)(weekdays?|weekends?|平日|周末)(?:_?price|价)?$/i;

interface ClassPrice { weekend: boolean; price: number }

/** The prices a listed thing carries by class of days, weekdays first. */
function classPrices(entity: Entity): ClassPrice[] {
  const out: ClassPrice[] = [];
  for (const [key, value] of Object.entries(entity.fields ?? {})) {
    const found = CLASS_KEY.exec(key);
    if (!found || !/^\d+(?:\.\d+)?$/.test(value)) continue;
    out.push({ weekend: /weekend|周末/i.test(found[1]!), price: Number(value) });
  }
  return out.sort((a, b) => Number(a.weekend) - Number(b.weekend));
}

/**
 * What the things asked about cost on weekdays and at weekends (「平时去住是不是更便宜」, "a weeknight
 * compared with a weekend night"), as the lists read carry it: the thing the request names among those of
 * what was chosen (the hotel of `hotelId`), else the one thing chosen. Undefined where no list read prices
 * both classes, or the request names no one of them.
 */
export function dayPricesLine(texts: readonly string[], entities: readonly Entity[], chosen: ReadonlySet<string>, lang: 'zh' | 'en'): string | undefined {
  const priced = entities.filter((e) => new Set(classPrices(e).map((p) => p.weekend)).size === 2);
  if (!priced.length) return undefined;
  // (of the place chosen: its own ID, or the ID of what it belongs to, among the goal's arguments)
  const own = priced.filter((e) => chosen.has(e.id) || Object.values(e.fields ?? {}).some((v) => chosen.has(v)));
  const pool = own.length ? own : priced;
  const named = [...new Set(texts.flatMap((text) => matchEntitiesAnyLanguage(text, pool).map((h) => h.entity)))];
  const asked = named.length ? named : pool.filter((e) => chosen.has(e.id));
  if (!asked.length || asked.length > 3) return undefined;
  return asked.map((e) => line(e, lang)).join(lang === 'en' ? ' ' : '\n');
}

function line(entity: Entity, lang: 'zh' | 'en'): string {
  const prices = classPrices(entity);
  const at = (weekend: boolean) => prices.find((p) => p.weekend === weekend)!.price;
  const name = (lang === 'en' ? entity.fields?.nameEn : undefined) ?? entity.names[0] ?? entity.id;
  const [weekday, weekend] = [at(false), at(true)];
  const cheaper = weekday === weekend ? undefined : weekday < weekend;
  return lang === 'en'
    ? `${name}: weekdays ¥${weekday}, weekends ¥${weekend}${cheaper === undefined ? ' (the same)' : cheaper ? ' (weekdays are cheaper)' : ' (weekends are cheaper)'}.`
    : `${name}：平日 ¥${weekday}，周末 ¥${weekend}${cheaper === undefined ? '（价格一样）' : cheaper ? '（平日更便宜）' : '（周末更便宜）'}。`;
}
