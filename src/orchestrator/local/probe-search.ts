import { appOfTool, type Tool } from '../../catalog/index.ts';
import { escapeRegExp } from '../../core/index.ts';
import type { Transcript } from '../planner.ts';
import { cityOf } from '../understand/index.ts';
import { spellsPinyin } from '../understand/pinyin-names.ts';
import type { LocalMemo } from './memo.ts';
import { patternApp, type ScoredCatalog } from './route.ts';
import { skillDocs } from './skill-docs.ts';
import { readsOnly } from './tool-kinds.ts';
import { keywordParam, unknownNames as namesNotListed } from './searched.ts';

/** A search of every mini-program that can look a name up, for a name no list of the catalog knows. */
export interface Probe {
  /** The request the name is in. */
  text: string;
  /** The name looked up ("Zyrtec", "FFP2"). */
  word: string;
  /** Searches still to call: the tool and the parameter the name goes in. */
  queue: { toolId: string; param: string }[];
  /** The search called last, whose result is read next. */
  asked?: string;
  /** The mini-programs whose search found something under the name. */
  found: string[];
  /** The search that found it, by mini-program. */
  foundBy?: Record<string, string>;
  /** The mini-programs whose search answered. */
  searched: string[];
}

/**
 * The names a request says that no list the catalog read knows (`searched.ts` `unknownNames`, read
 * against every mini-program's listed names), less cities, places spelled in pinyin and values a
 * parameter's pattern takes. At most two.
 */
export function unknownNames(text: string, catalog: ScoredCatalog): string[] {
  // (most requests say no Latin word at all: the lists' names are read only where one is said)
  if (!/[A-Za-z]{3}/.test(text)) return [];
  const known = catalog.apps().flatMap(({ appId }) => (catalog.resultNames?.(appId) ?? []).map((name, i) => ({ id: `${appId}#${i}`, names: [name] })));
  // ("FFP2s": the plural of a code is the code)
  // (a value a parameter's pattern takes whole, a waybill number, is no name to look up)
  return namesNotListed(text.replace(/(?<=[A-Za-z]\d*\d)s\b/g, ''), known)
    .filter((word) => cityOf(word) === undefined && !spellsPinyin(word.toLowerCase()) && patternApp(word, catalog) === undefined && !optionOf(word, catalog))
    .slice(0, 2);
}

/** Each mini-program's search by words (`searched.ts` `keywordParam`): a reading API whose only required input, if any, is the words. */
export function keywordSearches(catalog: ScoredCatalog): { toolId: string; param: string }[] {
  const out: { toolId: string; param: string }[] = [];
  for (const { appId } of catalog.apps()) {
    for (const tool of catalog.toolsOf(appId)) {
      const param = readsOnly(tool) ? keywordParam(tool) : undefined;
      if (param && (tool.inputSchema.required ?? []).every((r) => r === param)) {
        out.push({ toolId: tool.id, param });
        break;
      }
    }
  }
  return out;
}

/**
 * A probe for a new request whose words name a thing no list knows, where more than one
 * mini-program can search by words (with one, routing already has nothing else to choose).
 */
export function startProbe(text: string, catalog: ScoredCatalog): Probe | undefined {
  // (the searches first: reading every list's names for the words said costs more, and is needed only where two can search)
  const queue = keywordSearches(catalog);
  if (queue.length < 2) return undefined;
  const [word] = unknownNames(text, catalog);
  return word ? { text, word, queue, found: [], searched: [] } : undefined;
}

/**
 * The next search of the probe, after reading the result of the last: a call, or undefined
 * when every search has answered (`memo.probe` then holds what they found, and is cleared by the caller).
 */
export function nextProbe(probe: Probe, fresh: readonly Transcript[]): { toolId: string; arguments: Record<string, unknown> } | undefined {
  if (probe.asked) {
    const result = fresh.find((t): t is Extract<Transcript, { role: 'tool-result' }> => t.role === 'tool-result' && t.toolId === probe.asked);
    if (result) probe.searched.push(appOfTool(probe.asked));
    if (result && !result.isError && listsSomething(result.structuredContent)) {
      probe.found.push(appOfTool(probe.asked));
      probe.foundBy = { ...probe.foundBy, [appOfTool(probe.asked)]: probe.asked };
    }
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

/**
 * Whether the name looked up is the thing the request asks about ("Do you have Zyrtec?", "how much
 * is FFP2"), not where it is asked of ("films at Starplex", 「在Aurora附近」): a name said after a
 * word of place says where.
 */
export function asksForName(text: string, word: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  return !/(?:\b(?:at|in|near|from|to|by|around|inside|outside)\s+(?:the\s+)?|[在到去从近旁])\s*$/i.test(text.slice(0, at));
}

/**
 * Whether a mini-program's own words (its APIs' descriptions and parameters, its skill documents)
 * say the name: then it is a kind or a feature of what it serves (「有VIP厅吗」 of a ferry whose
 * decks include VIP), not a thing no one here has.
 */
export function skillsSay(word: string, catalog: ScoredCatalog): boolean {
  const said = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(word)}(?![A-Za-z0-9])`, 'i');
  return catalog.apps().some(({ appId }) => {
    return catalog.toolsOf(appId).some((t) => said.test(t.description) || said.test(JSON.stringify(t.inputSchema)))
      || skillDocs(catalog, appId).some((doc) => said.test(doc));
  });
}

/** What the user hears where no mini-program that searches found the name asked about. */
export function foundNowhere(probe: Probe, catalog: ScoredCatalog, lang: 'zh' | 'en'): string {
  const names = catalog.apps().filter(({ appId }) => probe.searched.includes(appId)).map((app) => app.appName);
  return lang === 'en'
    ? `None of the services here has "${probe.word}": I looked it up in ${names.join(', ')}, and none lists it.`
    : `这里的服务都没有「${probe.word}」：在${names.join('、')}都查过，没有找到。`;
}

/** Whether a result lists at least one thing: a non-empty list of records anywhere at its top. */
function listsSomething(content: Record<string, unknown> | undefined): boolean {
  return Object.values(content ?? {}).some((v) => Array.isArray(v) && v.some((item) => item && typeof item === 'object'));
}

/**
 * The catalog as one mini-program's alone: the request planned again for the one that found what it
 * names. `found`: the name its search found, listed as that search's own (the question of its price
 * is then the search's to answer, not the store list's).
 */
export function oneApp(catalog: ScoredCatalog, appId: string, found?: { toolId: string; name: string }): ScoredCatalog {
  const withFound = (names: string[], own: boolean) => (found && own ? [...names, found.name] : names);
  return {
    search: (query, limit) => catalog.search(query, 50).filter((t) => t.appId === appId).slice(0, limit),
    searchScored: (query, limit, options) => catalog.searchScored(query, 50, options).filter((h) => h.tool.appId === appId).slice(0, limit),
    tool: (id) => catalog.tool(id),
    toolsOf: (id) => catalog.toolsOf(id),
    skillDoc: (id, skill) => catalog.skillDoc(id, skill),
    appInstruction: (id) => catalog.appInstruction(id),
    apps: () => catalog.apps().filter((a) => a.appId === appId),
    size: catalog.size,
    resultNames: (id: string) => withFound(catalog.resultNames?.(id) ?? [], id === appId),
    apiResultNames: (id: string) => withFound(catalog.apiResultNames?.(id) ?? [], id === found?.toolId),
  };
}

/** Whether a word is a value some API's parameter lists as an option ("IMAX" of a format): a choice, no name to look up. */
function optionOf(word: string, catalog: ScoredCatalog): boolean {
  const lower = word.toLowerCase();
  return catalog.apps().some(({ appId }) => catalog.toolsOf(appId).some((tool) => Object.values(tool.inputSchema.properties ?? {})
    .some((schema) => (schema.enum ?? []).some((value) => String(value).toLowerCase() === lower))));
}
