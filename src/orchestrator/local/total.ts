import { extractQuantities, matchEntities, withSkillNames, type Entity } from '../understand/index.ts';
import { entitiesIn } from './entities.ts';

/** Asking what several things come to together (「加起来一共多少」, "how much altogether"). */
const TOTAL = /加起来|一共|总共|合计|总计|\bin total\b|\baltogether\b|\bcombined\b|\b(?:the )?total\b|\bcome to\b|\bcomes to\b/i;
const HOW_MUCH = /多少|几|\bhow much\b|\bwhat\b/i;

export function asksTotal(text: string): boolean {
  return TOTAL.test(text) && HOW_MUCH.test(text);
}

/** Words of adding several up (「加起来」, "altogether"), beyond the 「一共」 said of one thing's whole amount. */
const ADDING = /加起来|加一起|合计|总计|总共|\bin total\b|\baltogether\b|\bcombined\b|\ball (?:of )?(?:them|my|the)\b/i;

/** Fields that hold what a thing costs or is owed. */
const AMOUNT_KEY = /^(?:due|amount|amountDue|price|fee|cost|total|balance)$|Due$|Amount$|Price$|Fee$|Cost$/;

/**
 * What the things a list names come to together (「水电燃气加起来一共多少」 → 合计 ¥244.60): the sum of
 * the amount each carries times the count said before its name (「两份双人套餐一共多少」 is twice the
 * one), over the things the texts name where they name two or more or count one, else over
 * everything listed (「水电燃气加起来」 names the one 燃气 outright, and means them all) — where one
 * thing is named, only with words of adding up. Undefined where fewer than two carry an amount.
 */
export function totalLine(structured: unknown, texts: readonly string[], lang: 'zh' | 'en'): string | undefined {
  const listed = entitiesIn(structured);
  const named = new Map<string, { entity: Entity; count: number }>();
  for (const text of texts) {
    // (「打扫一下再加个冰箱清洁，一共多少」: a thing said in everyday words is found by the name skills give it, 保洁)
    for (const hit of matchEntities(withSkillNames(text), listed)) {
      const count = hit.span[0] < text.length ? countBefore(text, hit.span[0]) : undefined;
      const seen = named.get(hit.entity.id);
      if (!seen || (count ?? 1) > seen.count) named.set(hit.entity.id, { entity: hit.entity, count: count ?? 1 });
    }
  }
  const counted = [...named.values()].some((n) => n.count > 1);
  // one thing named and no word of adding up (「云溪电力那个户号一共要交多少」): its own amount, said with its line
  if (named.size === 1 && !counted && !texts.some((text) => ADDING.test(text))) return undefined;
  const over = named.size >= 2 || counted ? [...named.values()] : listed.map((entity) => ({ entity, count: 1 }));
  const amounts = over.flatMap(({ entity, count }) => {
    const amount = amountOf(entity);
    return amount === undefined ? [] : [amount * count];
  });
  if (amounts.length < over.length || (amounts.length < 2 && !counted)) return undefined;
  const sum = amounts.reduce((a, b) => a + b, 0);
  const money = `¥${sum.toFixed(2)}`;
  return lang === 'en' ? `Altogether: ${money}.` : `合计 ${money}。`;
}

/** The count said just before a name (「两份」「3 large」), not a sum of money or a time. */
function countBefore(text: string, at: number): number | undefined {
  const said = extractQuantities(text.slice(0, at)).at(-1);
  if (!said || said.value < 1 || !Number.isInteger(said.value)) return undefined;
  if (said.unit && /^(?:元|块|点|小时|个小时|分钟|天|晚|夜|岁|号)$/.test(said.unit)) return undefined;
  const between = text.slice(said.span[1], at);
  return between.length <= 12 && !/[，,。；;？?！!]|\bfor\b|\band\b/.test(between) ? said.value : undefined;
}

function amountOf(entity: Entity): number | undefined {
  const key = Object.keys(entity.fields ?? {}).find((k) => AMOUNT_KEY.test(k) && /^\d+(?:\.\d+)?$/.test(entity.fields?.[k] ?? ''));
  return key ? Number(entity.fields![key]) : undefined;
}
