import type { JsonSchema } from '../../package/index.ts';
import { matchEnum } from '../understand/index.ts';
import { enumOptions } from './fill-value.ts';

/** 「没提时用 standard」「用户没说时传 all」「不传默认 X」「默认为 X」, "defaults to X", "default: X". */
const SAID_DEFAULT = [
  /(?:没提|没说|未提|未说|不说|没有说|未指定|没指定|没有指定|不指定|不传|未传|省略|不知道|不清楚|不确定)[^，,。；;]{0,8}?(?:时|的话)?[，,\s]*(?:则|就)?(?:可以?)?先?(?:用|传|选|取|按|为|是|默认(?:为|是|用)?)\s*(?:每[^\s\d，,。；;]{0,2})?\s*[「“"']?([^\s，,。；;」”"'）)]+)/,
  /默认(?:为|是|用|值为?|取)?\s*[：:]?\s*[「“"']?([A-Za-z0-9_:.\-]+)/,
  /\bdefaults?\s*(?:to|is|:|=)\s*["'`]?([A-Za-z0-9_:.\-]+)/i,
];
/** `all=全部/all（默认）`, `pay=单次付费（默认）`: the option the mark follows. */
const MARKED = /([A-Za-z0-9_:.\-]+)\s*(?:=|：|:)[^，,；;。=]*?[（(]\s*(?:默认|default)\s*[）)]/i;

/**
 * The value a required choice or count takes when the user says nothing, where its description
 * says so: a seat type "standard when not mentioned", rooms "1 when not said", are not questions
 * to put to the user.
 */
export function describedDefault(schema: JsonSchema): string | undefined {
  const codes = (schema.enum ?? []).map(String);
  const text = schema.description ?? '';
  const said = [MARKED, ...SAID_DEFAULT].map((re) => re.exec(text)?.[1]).filter((w): w is string => !!w);
  // 「房间数，用户没说时为 1」: a count the description fills when nothing is said
  if (!codes.length && (schema.type === 'integer' || schema.type === 'number')) {
    const min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
    const max = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
    const number = said.map(Number).find((n) => Number.isFinite(n) && n >= min && n <= max);
    return number === undefined ? undefined : String(number);
  }
  if (!codes.length || schema.type === 'boolean') return undefined;
  for (const word of said) {
    const exact = codes.find((c) => c.toLowerCase() === word.toLowerCase());
    if (exact) return exact;
    const options = enumOptions(schema) ?? [];
    const hit = matchEnum(word, options)[0];
    if (hit) return hit.code;
  }
  return undefined;
}
