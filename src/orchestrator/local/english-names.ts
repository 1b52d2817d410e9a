import type { JsonSchema } from '../../package/index.ts';
import { appOfTool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { objectsIn } from './entities.ts';
import { enumOptions } from './fill-value.ts';

type ToolWords = { appName: string; appNameEn?: string; inputSchema: JsonSchema };

const HAN = /\p{Script=Han}/u;
const LATIN = /^[\p{Script=Latin}\d\s'’&.,·:()/+-]+$/u;
/** The English twin of a field: `nameEn`, `name_en`, `nameEN`, `nameEnglish`, `enName`, `englishName`. */
const TWIN_SUFFIX = ['En', '_en', 'EN', 'English', '_english'];

/**
 * The English a mini-program itself gives for its Chinese words: a field's English twin in what its
 * results list (`name` / `nameEn`, `city` / `cityEn`), its own English name, and the English gloss of an
 * option its schema lists (`standard=普通座/standard seat`). Longest Chinese first, so a name holding
 * another is replaced whole.
 */
export function englishNames(transcript: readonly Transcript[], toolsOf: (appId: string) => readonly ToolWords[]): [string, string][] {
  const apps = new Set(transcript.flatMap((t) => (t.role === 'tool-result' ? [appOfTool(t.toolId)] : [])));
  const tools = [...apps].flatMap(toolsOf);
  const pairs = new Map<string, string>();
  const add = (zh: string, en: string) => {
    const z = zh.trim();
    const e = en.trim();
    if (z.length >= 2 && HAN.test(z) && e && LATIN.test(e) && /\p{Script=Latin}{2}/u.test(e) && !pairs.has(z)) pairs.set(z, e);
  };
  for (const tool of tools) if (tool.appNameEn) add(tool.appName, tool.appNameEn);
  for (const turn of transcript) if (turn.role === 'tool-result' && turn.structuredContent) for (const obj of objectsIn(turn.structuredContent)) twins(obj, add);
  for (const tool of tools) optionsOf(tool.inputSchema, add);
  return [...pairs].sort((a, b) => b[0].length - a[0].length);
}

/** A text for an English speaker: each Chinese word the mini-program gave in English said in English. */
export function inEnglish(text: string, names: readonly [string, string][]): string {
  if (!HAN.test(text) || !names.length) return text;
  let out = text;
  for (const [zh, en] of names) {
    if (!out.includes(zh)) continue;
    // a title in 《》 keeps its marks as quotes; elsewhere the name stands apart from the Chinese around it
    out = out.split(`《${zh}》`).join(` "${en}" `).split(zh).join(` ${en} `);
  }
  for (const [word, english] of COMMON) out = out.replace(word, english);
  return out.replace(/ {2,}/g, ' ').replace(/ (?=[，。；：、,.;:)）])/g, '').replace(/(?<=[（(]) /g, '').trim();
}

/** The few words of any Chinese listing whose English a reader cannot guess: what is left, punctuation. */
const COMMON: [RegExp, string][] = [
  [/[(（](?:余|剩余?|还剩)\s*(\d+)\s*[个张位间份件]?[)）]/g, '($1 left)'], [/(?:只|仅)(?:余|剩余?|还剩)\s*(\d+)\s*[个张位间份件]?/g, 'only $1 left'], [/(?:余|剩余?|还剩)\s*(\d+)\s*[个张位间份件]?/g, '$1 left'],
  [/不够\s*(\d+)\s*[个张位间份件]?/g, 'not enough for $1'], [/未下单|没有下单/g, 'no order was placed'],
  [/\s*，\s*/g, ', '], [/\s*；\s*/g, '; '], [/\s*。\s*/g, '. '], [/\s*：\s*/g, ': '], [/\s*、\s*/g, ', '], [/（/g, ' ('], [/）/g, ') '],
];

function twins(obj: Record<string, unknown>, add: (zh: string, en: string) => void): void {
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'string' || !HAN.test(value)) continue;
    const twin = [...TWIN_SUFFIX.map((s) => `${key}${s}`), `en${key[0]!.toUpperCase()}${key.slice(1)}`, `english${key[0]!.toUpperCase()}${key.slice(1)}`].find((k) => typeof obj[k] === 'string');
    if (twin) add(value, obj[twin] as string);
  }
}

/** Each Chinese gloss of an option, with the option's English gloss, else its code where that is a word. */
function optionsOf(schema: JsonSchema | undefined, add: (zh: string, en: string) => void): void {
  if (!schema || typeof schema !== 'object') return;
  for (const option of enumOptions(schema) ?? []) {
    const english = option.glosses.find((g) => !HAN.test(g) && /\p{Script=Latin}{3}/u.test(g)) ?? (/^[a-z]{3,}(?:[_-][a-z]+)*$/i.test(option.code) ? option.code.replace(/[_-]/g, ' ') : undefined);
    if (english) for (const gloss of option.glosses) if (HAN.test(gloss) && !/\p{Script=Latin}/u.test(gloss)) add(gloss, english);
  }
  for (const sub of Object.values(schema.properties ?? {})) optionsOf(sub, add);
  if (schema.items && !Array.isArray(schema.items)) optionsOf(schema.items as JsonSchema, add);
}
