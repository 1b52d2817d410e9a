import { appOfTool, type Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { cityOf, findAddress } from '../understand/index.ts';
import { isGenericWord } from '../understand/entity-names.ts';
import { spellsPinyin } from '../understand/pinyin-names.ts';
import type { LocalMemo } from './memo.ts';
import type { ScoredCatalog } from './route.ts';
import { readsOnly } from './tool-kinds.ts';

/** A search of every mini-program that can look a name up, for a name no list of the catalog knows. */
export interface Probe {
  /** The request the name is in. */
  text: string;
  /** The name looked up ("Claritin", "KN95"). */
  word: string;
  /** Searches still to call: the tool and the parameter the name goes in. */
  queue: { toolId: string; param: string }[];
  /** The search called last, whose result is read next. */
  asked?: string;
  /** The mini-programs whose search found something under the name. */
  found: string[];
}

/** A parameter that takes words to look things up by (`keyword`, `query`, 「关键词」). */
const KEYWORD_NAME = /^(?:keywords?|query|q|search|searchText|term|text)$/i;
const KEYWORD_SAID = /关键词|关键字|搜索词|\bkeywords?\b|\bsearch (?:term|text|words?)\b/i;
/** Capitalised words that name no thing: days, months, the speaker, titles, parts of the clock. */
const NOT_A_NAME = /^(?:i|i'm|i'd|i'll|i've|ok|okay|am|pm|mr|mrs|ms|dr|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|hi|hey|hello|thanks|please)$/i;

/**
 * The names a request says that no list the catalog read knows and no place explains: a word
 * with a capital inside a sentence ("Claritin"), or letters and digits together ("KN95s" → KN95),
 * or any Latin word in a Chinese request. At most two, in the order said.
 */
export function unknownNames(said: string, catalog: ScoredCatalog): string[] {
  // (an address says where: "Plaza 66 Tower 2" is no thing to look up)
  const address = findAddress(said);
  const text = address ? said.replace(address, ' ') : said;
  if (!/[A-Za-z]{3}/.test(text)) return [];
  // (what the lists name, read only where a Latin word is said at all: most requests say none)
  let names: string | undefined;
  const known = (word: string) => (names ??= catalog.apps().flatMap(({ appId }) => catalog.resultNames?.(appId) ?? []).join('\n').toLowerCase()).includes(word);
  const chinese = /\p{Script=Han}/u.test(text);
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9'-]{2,}/g)) {
    const raw = m[0];
    const word = raw.replace(/(?<=\d)s$/, '').replace(/'s$/, '');
    const atStart = /(?:^|[.!?。！？]\s*|["“(]\s*)$/.test(text.slice(0, m.index));
    const nameLike = chinese || /\d/.test(word) || (/^[A-Z]/.test(word) && !atStart);
    if (!nameLike || NOT_A_NAME.test(word) || /^[A-Z]\d?$/.test(word)) continue;
    const lower = word.toLowerCase();
    if (known(lower) || cityOf(word) !== undefined || spellsPinyin(lower) || isGenericWord(lower)) continue;
    if (!out.includes(word)) out.push(word);
    if (out.length === 2) break;
  }
  return out;
}

/** Each mini-program's search by words: a reading API whose only required input, if any, is the words. */
export function keywordSearches(catalog: ScoredCatalog): { toolId: string; param: string }[] {
  const out: { toolId: string; param: string }[] = [];
  for (const { appId } of catalog.apps()) {
    for (const tool of catalog.toolsOf(appId)) {
      const param = keywordParam(tool);
      if (param && readsOnly(tool)) {
        out.push({ toolId: tool.id, param });
        break;
      }
    }
  }
  return out;
}

function keywordParam(tool: Tool): string | undefined {
  const props = Object.entries(tool.inputSchema.properties ?? {});
  const required = tool.inputSchema.required ?? [];
  const found = props.find(([name, schema]) => schema.type === 'string' && !schema.enum && (KEYWORD_NAME.test(name) || KEYWORD_SAID.test(schema.description ?? '')));
  return found && required.every((r) => r === found[0]) ? found[0] : undefined;
}

/**
 * A probe for a new request whose words name a thing no list knows, where more than one
 * mini-program can search by words (with one, routing already has nothing else to choose).
 */
export function startProbe(text: string, catalog: ScoredCatalog): Probe | undefined {
  const [word] = unknownNames(text, catalog);
  if (!word) return undefined;
  const queue = keywordSearches(catalog);
  return queue.length > 1 ? { text, word, queue, found: [] } : undefined;
}

/**
 * The next search of the probe, after reading the result of the last: a call, or undefined
 * when every search has answered (`memo.probe` then holds what they found, and is cleared by the caller).
 */
export function nextProbe(probe: Probe, fresh: readonly Transcript[]): { toolId: string; arguments: Record<string, unknown> } | undefined {
  if (probe.asked) {
    const result = fresh.find((t): t is Extract<Transcript, { role: 'tool-result' }> => t.role === 'tool-result' && t.toolId === probe.asked);
    if (result && !result.isError && listsSomething(result.structuredContent)) probe.found.push(appOfTool(probe.asked));
    probe.asked = undefined;
  }
  const next = probe.queue.shift();
  if (!next) return undefined;
  probe.asked = next.toolId;
  return { toolId: next.toolId, arguments: { [next.param]: probe.word } };
}

/** The one mini-program the probe found the name in, where it is not one a goal already goes to. */
export function probedApp(probe: Probe, memo: LocalMemo): string | undefined {
  const [only, ...more] = [...new Set(probe.found)];
  if (!only || more.length) return undefined;
  return memo.goals.some((g) => appOfTool(g.toolId) === only) ? undefined : only;
}

/** Whether a result lists at least one thing: a non-empty list of records anywhere at its top. */
function listsSomething(content: Record<string, unknown> | undefined): boolean {
  return Object.values(content ?? {}).some((v) => Array.isArray(v) && v.some((item) => item && typeof item === 'object'));
}

/** The catalog as one mini-program's alone: the request planned again for the one that found what it names. */
export function oneApp(catalog: ScoredCatalog, appId: string): ScoredCatalog {
  return {
    search: (query, limit) => catalog.search(query, 50).filter((t) => t.appId === appId).slice(0, limit),
    searchScored: (query, limit, options) => catalog.searchScored(query, 50, options).filter((h) => h.tool.appId === appId).slice(0, limit),
    tool: (id) => catalog.tool(id),
    toolsOf: (id) => catalog.toolsOf(id),
    skillDoc: (id, skill) => catalog.skillDoc(id, skill),
    appInstruction: (id) => catalog.appInstruction(id),
    apps: () => catalog.apps().filter((a) => a.appId === appId),
    size: catalog.size,
    ...(catalog.resultNames ? { resultNames: (id: string) => catalog.resultNames!(id) } : {}),
    ...(catalog.apiResultNames ? { apiResultNames: (id: string) => catalog.apiResultNames!(id) } : {}),
  };
}
