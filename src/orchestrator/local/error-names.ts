import type { JsonSchema } from '../../package/index.ts';
import type { ParamRef } from './schema-paths.ts';

/** A parameter a failed call's error asks for, and the words the error calls it by. */
export interface NamedParam {
  path: string;
  label: string;
}

/**
 * The parameter (not yet given) a failed call says is missing, by the words it names it with:
 * 「外送订单需要收货地址」 is the parameter described as the 收货地址, "a delivery address is
 * required" the one named `address`. Undefined where the words fit none, or two as well.
 */
export function errorNames(content: string, params: readonly ParamRef[]): NamedParam | undefined {
  let best: { param: ParamRef; label: string; score: number; tie: boolean } | undefined;
  for (const phrase of askedPhrases(content)) {
    for (const param of params) {
      const named = fit(phrase, param.name, param.schema);
      if (!named) continue;
      if (!best || named.score > best.score) best = { param, label: named.label, score: named.score, tie: false };
      else if (named.score === best.score && best.param.path !== param.path) best.tie = true;
    }
  }
  return best && !best.tie ? { path: best.param.path, label: best.label } : undefined;
}

/** What an error says is needed: 「需要收货地址」「缺少联系电话」, "requires a delivery address", "address is missing". */
function askedPhrases(content: string): string[] {
  const zh = [...content.matchAll(/(?:需要|缺少|缺|请提供|请填写|请补充|未提供|未填写?|没有填?写?|必须(?:提供|填写)?)([\u4e00-\u9fff]{2,8})/g)].map((m) => m[1] ?? '');
  const en = [
    ...[...content.matchAll(/\b(?:needs?|requires?|missing|provide|without|no)\s+(?:an?\s+|the\s+|your\s+)?([a-z]+(?:\s+[a-z]+){0,2})/gi)].map((m) => m[1] ?? ''),
    ...[...content.matchAll(/\b([a-z]+(?:\s+[a-z]+)?)\s+(?:is|are)\s+(?:required|missing|needed)\b/gi)].map((m) => m[1] ?? ''),
  ];
  return [...zh, ...en.map((p) => p.toLowerCase().replace(/^(?:a|an|the|your)\s+/, ''))].filter((p) => p.length >= 2);
}

/**
 * How a phrase names a parameter, and by which of its words: in Chinese the pieces of two
 * characters or more its description has (「取件地址」 of 「取件的详细地址」), scored by how many;
 * in English the longest run of words its name or description has ("delivery address", "address").
 */
function fit(phrase: string, name: string, schema: JsonSchema): { label: string; score: number } | undefined {
  const description = (schema.description ?? '').toLowerCase();
  if (/[\u4e00-\u9fff]/.test(phrase)) {
    const found = pieces(phrase, description);
    if (!found.length) return undefined;
    return { label: phrase.slice(found[0]![0], found[found.length - 1]![1]), score: found.reduce((sum, [from, to]) => sum + to - from, 0) };
  }
  const nameWords = ` ${name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase()} `;
  const words = phrase.split(/\s+/);
  for (let length = words.length; length >= 1; length--) {
    for (let from = 0; from + length <= words.length; from++) {
      const part = words.slice(from, from + length).join(' ');
      if (!STOP.test(part) && (nameWords.includes(` ${part} `) || new RegExp(`\\b${part}\\b`).test(description))) return { label: part, score: length * 2 };
    }
  }
  return undefined;
}

/** The spans of a phrase, two characters or longer, that a text has, longest first from the left. */
function pieces(phrase: string, text: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = 0; at < phrase.length - 1;) {
    let length = phrase.length - at;
    while (length >= 2 && !text.includes(phrase.slice(at, at + length))) length--;
    if (length >= 2) found.push([at, at + length]);
    at += Math.max(length, 1);
  }
  return found;
}

/** Words that name nothing by themselves. */
const STOP = /^(?:a|an|the|to|of|for|and|or|in|on|at|is|be|it|this|that|your|you|before|after|first|please|order|orders|call|again)$/;
