/** Keys whose values name what a result lists (a film's title, a service's English name, aliases). */
const NAME_KEY = /^(name|names|title|label|alias|aliases|displayName|shortName|fullName|nameEn|titleEn|[a-z]+Name|[a-z]+NameEn|typeNames?)$/;
const LIMIT = 300;

/**
 * The names a contract-run result lists (`films[].name`, `nameEn`, `aliases`): what people
 * call the things a mini-program serves, kept with the review so discovery can route on them.
 */
export function namesInResult(value: unknown): string[] {
  const out = new Set<string>();
  const visit = (v: unknown, key: string | undefined, depth: number): void => {
    if (out.size >= LIMIT || depth > 8) return;
    if (typeof v === 'string') {
      if (key && NAME_KEY.test(key) && v.length <= 60) out.add(v);
      return;
    }
    if (Array.isArray(v)) {
      for (const item of v) visit(item, key, depth + 1);
      return;
    }
    if (v && typeof v === 'object') for (const [k, item] of Object.entries(v)) visit(item, k, depth + 1);
  };
  visit(value, undefined, 0);
  return [...out];
}
