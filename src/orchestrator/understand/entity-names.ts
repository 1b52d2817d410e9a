/**
 * The names a thing goes by beyond the ones a result lists: 「回龙观店」 is also 「回龙观」,
 * "Binhu Store" also "Binhu", and someone listed as 配偶 is also 老婆 / wife. All
 * generic vocabulary — place and business suffixes, family relations — never a brand.
 */
export interface NameVariant {
  text: string;
  quality: number;
}

const ZH_SUFFIXES = [
  '旗舰店', '专卖店', '体验店', '分店', '门店', '店', '火车站', '高铁站', '地铁站', '汽车站', '客运站', '站',
  '国际机场', '机场', '航站楼', '医院', '分院', '院区', '诊所', '酒店', '宾馆', '饭店', '餐厅', '公园', '校区',
  '营业厅', '网点', '社区', '中心',
].sort((a, b) => b.length - a.length);
const EN_SUFFIXES = [
  'store', 'shop', 'branch', 'outlet', 'station', 'railway station', 'train station', 'airport', 'hospital',
  'clinic', 'hotel', 'restaurant', 'cafe', 'campus', 'center', 'centre',
].sort((a, b) => b.length - a.length);

/** Relations people say in many ways; any word of a group names the others too. */
const RELATIONS: string[][] = [
  ['本人', '自己', '我自己', '我', 'me', 'myself', 'self'],
  ['配偶', '老婆', '妻子', '爱人', '太太', '媳妇', '夫人', '老公', '丈夫', 'wife', 'husband', 'spouse'],
  ['父亲', '爸爸', '老爸', '爸', 'father', 'dad'],
  ['母亲', '妈妈', '老妈', '妈', 'mother', 'mom', 'mum'],
  ['儿子', 'son'],
  ['女儿', 'daughter'],
  ['孩子', '小孩', '子女', 'child', 'kid'],
  ['同事', 'colleague', 'coworker'],
  ['朋友', 'friend'],
];

/** A vitamin by its letter (维生素C, 维生素B12): said short as 维C, 维B12. */
const VITAMIN = /维生素\s*([A-Za-z]\d{0,2})(?![A-Za-z])/gu;

/** Place and business words alone (店, station) name no particular thing. */
export function isGenericWord(word: string): boolean {
  const lower = word.toLowerCase().trim();
  return ZH_SUFFIXES.includes(lower) || EN_SUFFIXES.includes(lower) || GENERIC_EN.has(lower);
}

const GENERIC_EN = new Set([
  'the', 'a', 'an', 'one', 'of', 'and', 'to', 'in', 'at', 'on', 'for', 'my', 'no', 'road', 'street', 'tower',
]);

/**
 * Every way to name an entity with these names; `tags` (field values such as a relation 配偶)
 * add only their relation words.
 */
export function nameVariants(names: readonly string[], tags: readonly string[] = []): NameVariant[] {
  const variants = new Map<string, number>();
  const add = (text: string, quality: number) => {
    const key = text.trim();
    if (key === '' || (variants.get(key) ?? 0) >= quality) return;
    variants.set(key, quality);
  };
  for (const raw of Array.isArray(names) ? names : []) {
    if (typeof raw !== 'string') continue;
    const name = raw.normalize('NFKC').trim();
    add(name, 1);
    // 「咖啡（回龙观店）」: the part in brackets and the part outside are names too
    const bracket = /^(.*?)[(（【\[]([^)）】\]]+)[)）】\]](.*)$/u.exec(name);
    const parts = bracket ? [bracket[2]!, `${bracket[1]}${bracket[3]}`] : [];
    for (const part of [name, ...parts]) {
      if (part !== name) add(part, 0.9);
      const stripped = stripSuffix(part);
      if (stripped) add(stripped, 0.9);
    }
    // 「维C」 is how people say 维生素C, whatever brand and form the name wraps it in
    for (const [, letter] of name.matchAll(VITAMIN)) {
      add(`维生素${letter}`, 0.9);
      add(`维${letter}`, 0.85);
    }
    const lower = name.toLowerCase();
    for (const group of RELATIONS) {
      if (group.includes(lower)) for (const word of group) add(word, 0.85);
    }
  }
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const group = RELATIONS.find((words) => words.includes(tag.normalize('NFKC').trim().toLowerCase()));
    for (const word of group ?? []) add(word, 0.85);
  }
  return [...variants].map(([text, quality]) => ({ text, quality }));
}

/** 「回龙观店」 → 「回龙观」, "Binhu Store" → "Binhu"; undefined when nothing would be left. */
export function stripSuffix(name: string): string | undefined {
  for (const suffix of ZH_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length).trim();
  }
  const lower = name.toLowerCase();
  for (const suffix of EN_SUFFIXES) {
    if (lower.endsWith(` ${suffix}`) && name.length - suffix.length >= 3) return name.slice(0, -suffix.length).trim();
  }
  return undefined;
}
