import type { Tool } from '../../catalog/index.ts';
import { cityInEnglish, cityOf, citiesIn } from '../understand/index.ts';

/** Words that give cities as examples (「如 北京」, "e.g. Beijing"): no list of where it serves. */
const EXAMPLES = /例如|比如|譬如|(?:^|[，,、（(：:\s])如|e\.g\.|such as|for example|for instance/i;
/** Words that say which cities are served (「可寄城市」「仅」, "cities served", "only"): the list that follows. */
const SERVED = /(?:服务|开通|可寄|可约|可送|可用|支持)(?:的)?城市|(?:^|[^不])仅|只在|只有|\bcities (?:served|covered)\b|\bonly\b/i;

/**
 * The cities a mini-program says it serves, read from its parameters that take a city: the cities
 * a description names after words of serving (「可寄城市：…」), or all it names where it gives
 * them as the choice and not as examples (「取件城市：广州 或 深圳」), or an enum's. Empty where no
 * parameter says.
 */
export function servedCities(tools: readonly Tool[]): string[] {
  const served = new Set<string>();
  for (const tool of tools) {
    for (const [key, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
      const description = typeof schema.description === 'string' ? schema.description : '';
      if (!/city/i.test(key) && !/^[^，,。；;]*城市|\bcity\b/i.test(description)) continue;
      const said = SERVED.exec(description);
      const listed = said ? citiesIn(description.slice(said.index).split(/[。；;]/)[0] ?? '') : EXAMPLES.test(description) ? [] : citiesIn(description);
      const options = Array.isArray(schema.enum) ? citiesIn(schema.enum.join(' ')) : [];
      for (const city of [...listed, ...options]) served.add(city);
    }
  }
  return [...served];
}

/** The one city a request names where the mini-program says it serves others only (「我在成都…」 of a service of two other cities). */
export function cityNotServed(text: string, tools: readonly Tool[]): { city: string; served: string[] } | undefined {
  const city = cityOf(text);
  if (!city) return undefined;
  const served = servedCities(tools);
  return served.length && !served.includes(city) ? { city, served } : undefined;
}

/** What the user hears: the city is not served yet, and where it is. */
export function notServedNotice(away: { city: string; served: string[] }, lang: 'zh' | 'en'): string {
  if (lang === 'en') {
    const names = away.served.map(cityInEnglish);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
    return `Sorry, this service is not available in ${cityInEnglish(away.city)} yet: it serves only ${list}.`;
  }
  return `抱歉，${away.city}暂未开通这项服务，目前仅在${away.served.join('、')}提供。`;
}
