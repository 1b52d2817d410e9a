import { matchEntities, type Entity } from '../understand/index.ts';
import { entitiesIn } from './entities.ts';

/** Asking what several things come to together (「加起来一共多少」, "how much altogether"). */
const TOTAL = /加起来|一共|总共|合计|总计|\bin total\b|\baltogether\b|\bcombined\b|\b(?:the )?total\b|\bcome to\b|\bcomes to\b/i;
const HOW_MUCH = /多少|几|\bhow much\b|\bwhat\b/i;

export function asksTotal(text: string): boolean {
  return TOTAL.test(text) && HOW_MUCH.test(text);
}

/** Fields that hold what a thing costs or is owed. */
const AMOUNT_KEY = /^(?:due|amount|amountDue|price|fee|cost|total|balance)$|Due$|Amount$|Price$|Fee$|Cost$/;

/**
 * What the things a list names come to together (「水电燃气加起来一共多少」 → 合计 ¥244.60): the sum of
 * the amount each carries, over the things the texts name where they name two or more, else over
 * everything listed. Undefined where fewer than two carry an amount.
 */
export function totalLine(structured: unknown, texts: readonly string[], lang: 'zh' | 'en'): string | undefined {
  const listed = entitiesIn(structured);
  const named = new Map(texts.flatMap((text) => matchEntities(text, listed)).map((hit) => [hit.entity.id, hit.entity]));
  const over = named.size >= 2 ? [...named.values()] : listed;
  const amounts = over.flatMap((entity) => amountOf(entity) ?? []);
  if (amounts.length < 2 || amounts.length < over.length) return undefined;
  const sum = amounts.reduce((a, b) => a + b, 0);
  const money = `¥${sum.toFixed(2)}`;
  return lang === 'en' ? `Altogether: ${money}.` : `合计 ${money}。`;
}

function amountOf(entity: Entity): number | undefined {
  const key = Object.keys(entity.fields ?? {}).find((k) => AMOUNT_KEY.test(k) && /^\d+(?:\.\d+)?$/.test(entity.fields?.[k] ?? ''));
  return key ? Number(entity.fields![key]) : undefined;
}
