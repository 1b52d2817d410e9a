import type { Tool } from '../../catalog/index.ts';
import type { PlannerCatalog } from '../planner.ts';
import { enumsOf } from './fill-value.ts';

/** A gloss of a state an order is in (「已出票」「待支付」), which any service's list of orders may filter by. */
const STATE = /^[已待未]|未确认/u;
/** How a thing comes or is paid for (「外送到家」, "pick up"), which many services share in other words. */
const WAY = /到家|自取|到店|送|\b(?:pick|deliver|collect|pay)\b/i;
/** A choice of times (`08:00`, 「上午十点」): a time said is no service's own word. */
const CLOCK = /^\d{1,2}:\d{2}$/;

/**
 * The one mini-program one of whose options the clause says in the skill's own words (「观景舱」,
 * 「全景套餐」, "deep clean"): an option of a choice it offers is a thing of that service, as a
 * film it lists is. Only words long enough to be its own (three Chinese characters, two English
 * words), never a filter of every state (「全部」, 「已取消」), a way it comes or a time; undefined where none or several do.
 */
export function optionApp(clause: string, catalog: PlannerCatalog): string | undefined {
  const lower = clause.toLowerCase();
  const apps = new Set<string>();
  for (const { appId } of catalog.apps()) {
    if (catalog.toolsOf(appId).some((tool) => ownWordsOf(tool).some((word) => lower.includes(word)))) apps.add(appId);
  }
  const [only] = apps;
  return apps.size === 1 ? only : undefined;
}

/** A tool's options' own words, lower-cased: read once a tool (every clause routed asks of every tool). */
const ownWords = new WeakMap<Tool, string[]>();

function ownWordsOf(tool: Tool): string[] {
  let words = ownWords.get(tool);
  if (!words) {
    words = enumsOf(tool.inputSchema)
      .filter((options) => !options.some((o) => o.code === 'all' || o.glosses.includes('全部') || CLOCK.test(o.code)))
      .flatMap((options) => options.flatMap((o) => o.glosses.filter(ownWord).map((g) => g.toLowerCase())));
    ownWords.set(tool, words);
  }
  return words;
}

function ownWord(gloss: string): boolean {
  if (STATE.test(gloss) || WAY.test(gloss)) return false;
  return /^\p{Script=Han}{3,}$/u.test(gloss) || /^[A-Za-z]+(?:[ -][A-Za-z]+)+$/.test(gloss);
}
