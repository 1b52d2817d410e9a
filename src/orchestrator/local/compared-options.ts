import type { Tool } from '../../catalog/index.ts';
import { matchEnum, type Entity, type EnumOption } from '../understand/index.ts';
import { asksComparison } from './request-words.ts';
import { enumsOf } from './fill-value.ts';

/**
 * The answer to 「观景舱比普通舱贵多少？」, "what's the difference between view and basic
 * cabins?": two options of one of the mini-program's choices (a seat type, a cabin), where the
 * listed things carry a price for each (`prices.standard`, `prices.premium`) — each pair of prices
 * found, and by how much the one is dearer. Undefined where the question names no two options of
 * one choice, or nothing listed prices both.
 */
export function optionsComparedLine(texts: readonly string[], entities: readonly Entity[], tools: readonly Tool[], lang: 'zh' | 'en'): string | undefined {
  const choices = tools.flatMap((tool) => enumsOf(tool.inputSchema));
  for (const part of texts.flatMap((text) => text.split(/(?<=[？?。！!；;])/))) {
    if (!asksComparison(part)) continue;
    for (const options of choices) {
      const codes = [...new Set(matchEnum(part, options).sort((x, y) => x.span[0] - y.span[0]).map((hit) => hit.code))];
      // ("how much more is a view cabin than a basic one?": of a choice of two, one named is compared with the other)
      if (codes.length === 1 && options.length === 2) codes.push(options.find((o) => o.code !== codes[0])!.code);
      if (codes.length !== 2) continue;
      const [a, b] = codes as [string, string];
      const pairs = new Map<string, [number, number]>();
      for (const entity of entities) {
        const pa = priceFor(entity, a);
        const pb = priceFor(entity, b);
        if (pa !== undefined && pb !== undefined) pairs.set(`${pa}/${pb}`, [pa, pb]);
      }
      if (!pairs.size) continue;
      return line(options, a, b, [...pairs.values()].sort((x, y) => x[0] - y[0]), lang);
    }
  }
  return undefined;
}

/** A listed thing's price for one option, by a field named for it (`prices.premium`, `premiumPrice`). */
function priceFor(entity: Entity, code: string): number | undefined {
  const lower = code.toLowerCase();
  const value = Object.entries(entity.fields ?? {}).find(([key]) => {
    const k = key.toLowerCase();
    return /price|fare|fee|cost|价/.test(k) && (k.endsWith(`.${lower}`) || k === `${lower}price` || k === `price.${lower}`);
  })?.[1];
  return value !== undefined && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : undefined;
}

function line(options: EnumOption[], a: string, b: string, pairs: [number, number][], lang: 'zh' | 'en'): string {
  const name = (code: string) => {
    const glosses = options.find((o) => o.code === code)?.glosses ?? [];
    return (lang === 'en' ? glosses.find((g) => !/\p{Script=Han}/u.test(g)) : glosses.find((g) => /\p{Script=Han}/u.test(g))) ?? code;
  };
  const money = (n: number) => `¥${Number.isInteger(n) ? n : n.toFixed(2)}`;
  const gaps = [...new Set(pairs.map(([pa, pb]) => pb - pa))];
  const dearer = gaps.every((g) => g >= 0) ? [b, a] : [a, b];
  const sizes = [...new Set(gaps.map(Math.abs))].sort((x, y) => x - y);
  const gap = sizes.length === 1 ? money(sizes[0]!) : `${money(sizes[0]!)}–${money(sizes.at(-1)!)}`;
  const prices = pairs.map(([pa, pb]) => `${money(pa)}/${money(pb)}`).join(lang === 'en' ? ', ' : '、');
  if (sizes.length === 1 && sizes[0] === 0) return lang === 'en' ? `${capital(name(a))} and ${name(b)} cost the same (${prices}).` : `${name(a)}和${name(b)}价格一样（${prices}）。`;
  return lang === 'en'
    ? `${capital(name(dearer[0]!))} costs ${gap} more than ${name(dearer[1]!)} (${name(a)}/${name(b)}: ${prices}).`
    : `${name(dearer[0]!)}比${name(dearer[1]!)}贵 ${gap}（${name(a)}/${name(b)}：${prices}）。`;
}

const capital = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
