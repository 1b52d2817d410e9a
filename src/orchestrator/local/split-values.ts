import type { Tool } from '../../catalog/index.ts';
import { matchEnum, type EnumMatch } from '../understand/index.ts';
import { enumOptions } from './fill-value.ts';
import { newGoal } from './goals.ts';
import { idParams } from './id-sources.ts';
import type { Goal } from './memo.ts';
import { asksComparison, isActing } from './request-words.ts';
import { readsOnly } from './tool-kinds.ts';
import { asksTotal } from './total.ts';
import { escapeRegExp } from '../../core/index.ts';

/** A negation near the values (「不要黄金座，普通座两张」, "no premium"): the values are not all wanted. */
const NEGATED = /不要|不用|别|不是|\bno\b|\bnot\b|\bdon'?t\b|\binstead\b/i;
/** A word that joins the values, dropped with the value it joins. */
const JOINER = /^\s*(?:和|与|跟|及|、|,|，|and|&|\+)\s*/i;

/**
 * One request that names two values of a choice the act takes only one of (「水费和电费一起交了」,
 * "two standard seats and one premium", 「把水费交了，电费也交一下」): the act is done once per
 * value, each goal reading its own value and lists of its own. The choice is a parameter of the
 * API or of the list its ID comes from; lists of items (an order's lines) take several and are
 * left whole.
 */
export function splitByValues(goal: Goal, tool: Tool, siblings: Tool[]): Goal[] {
  // (「拉伸和拳击哪个便宜？约便宜的那个」: one of them is wanted, not each)
  if (NEGATED.test(goal.text) || (asksComparison(goal.text) && isActing(goal.text))) return [goal];
  const sources = idParams(tool, siblings).map((p) => siblings.find((s) => s.api === p.source)).filter((s): s is Tool => !!s);
  for (const owner of [tool, ...sources]) {
    for (const [key, schema] of Object.entries(owner.inputSchema.properties ?? {})) {
      const options = schema.enum && schema.type !== 'array' ? enumOptions(schema) : undefined;
      if (!options) continue;
      const text = sharedEnding(goal.text, options.flatMap((o) => o.glosses));
      const matches = matchEnum(text, options);
      const codes = [...new Set([...matches].sort((a, b) => a.span[0] - b.span[0]).map((m) => m.code))];
      if (codes.length < 2) continue;
      // 「水电燃气加起来一共要交多少？都帮我交了吧」: what they come to is heard first, from the list of them all
      const list = owner !== tool && readsOnly(owner) && asksTotal(goal.text) ? [{ ...newGoal(text, owner), decided: [key] }] : [];
      // 「水电加起来一共欠多少？先把电费交了」: the act is done of the values its own clauses name, where they name any
      const acted = actedOn(text, matches, codes);
      if (acted.length === 1) return [...list, newGoal(actingClauses(text), tool)];
      const own = ownSentences(text, matches, codes);
      return [...list, ...codes.map((code, i) => ({
        ...newGoal(own?.[i] ?? without(text, matches.filter((m) => m.code !== code)), tool),
        ...(i > 0 ? { since: -1 } : {}),
      }))];
    }
  }
  return byPatterned(goal, tool) ?? [goal];
}

/** The clauses of a text that ask something done (「先把电费交了」), joined. */
function actingClauses(text: string): string {
  return clausesOf(text).filter((c) => isActing(c.text)).map((c) => c.text).join('，');
}

/** The values named in the clauses that act, where some are; all of them otherwise. */
function actedOn(text: string, matches: EnumMatch[], codes: string[]): string[] {
  const acting = clausesOf(text).filter((c) => isActing(c.text));
  const named = codes.filter((code) => matches.some((m) => m.code === code && acting.some((c) => c.from <= m.span[0] && m.span[1] <= c.to)));
  return named.length ? named : codes;
}

/** A text's clauses with where each stands in it. */
function clausesOf(text: string): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  let from = 0;
  for (const part of text.split(/(?<=[？?。！!；;，,])/)) {
    out.push({ text: part, from, to: from + part.length });
    from += part.length;
  }
  return out;
}

/**
 * 「帮我看看 ZTO7788990011 和 YTO5566778899 到哪了」: two values of a parameter its pattern tells
 * (a waybill, an account number) that the API takes one of: each is asked on its own, the other left out.
 */
export function byPatterned(goal: Goal, tool: Tool): Goal[] | undefined {
  for (const schema of Object.values(tool.inputSchema.properties ?? {})) {
    if (schema.type !== 'string' || typeof schema.pattern !== 'string') continue;
    let inner: RegExp;
    try {
      inner = new RegExp(`(?<![A-Za-z0-9])(?:${schema.pattern.replace(/^\^/, '').replace(/\$$/, '')})(?![A-Za-z0-9])`, 'g');
    } catch {
      continue;
    }
    const values = [...new Set(goal.text.match(inner) ?? [])];
    if (values.length < 2) continue;
    return values.map((value, i) => ({
      ...newGoal(values.filter((v) => v !== value).reduce((text, other) => leaveOut(text, other), goal.text), tool),
      ...(i > 0 ? { since: -1 } : {}),
    }));
  }
  return undefined;
}

/** Where a sentence ends: 「；」「。」, 「另外」「此外」, ". Then"/"; ". */
const SENTENCE_END = /[；;。！!]\s*(?:另外|此外)?[，,]?\s*|[，,]?\s*(?:另外|此外)[，,]?\s*|(?<=[a-z0-9)])[.!?]\s+(?=[A-Z])/g;

/**
 * Values said in sentences of their own, one after the other (「东门店留一盒…，我自己去拿；另外从
 * 西门店送个…到…」): each act is what its sentences say — the things, the place, the address of
 * that one — not the whole request with the other value taken out. Undefined where a value is
 * said in more than one sentence, or two in one.
 */
function ownSentences(text: string, matches: EnumMatch[], codes: string[]): string[] | undefined {
  const breaks = [...text.matchAll(SENTENCE_END)].map((m) => ({ end: m.index, next: m.index + m[0].length }));
  const starts = [0, ...breaks.map((b) => b.next)];
  const sentenceAt = (at: number) => starts.filter((s) => s <= at).length - 1;
  const first = codes.map((code) => sentenceAt(matches.find((m) => m.code === code)!.span[0]));
  if (matches.some((m) => sentenceAt(m.span[0]) !== first[codes.indexOf(m.code)]) || first.some((s, i) => i > 0 && s <= first[i - 1]!)) return undefined;
  const parts = codes.map((_, i) => {
    const from = starts[first[i]!]!;
    const to = i + 1 < codes.length ? breaks[first[i + 1]! - 1]!.end : text.length;
    return text.slice(i === 0 ? 0 : from, to).trim();
  });
  return parts.every(Boolean) ? parts : undefined;
}

/** The text with these spans (and the joiner before each) taken out. */
function without(text: string, spans: EnumMatch[]): string {
  let out = text;
  for (const { span: [start, end] } of [...spans].sort((a, b) => b.span[0] - a.span[0])) {
    const before = out.slice(0, start);
    const joined = /\s*(?:和|与|跟|及|、|,|，|and|&|\+)\s*$/i.exec(before);
    const after = out.slice(end);
    const cut = joined ? start - joined[0].length : start;
    out = out.slice(0, cut) + (joined ? after : after.replace(JOINER, ''));
  }
  return out.trim();
}

/**
 * Chinese says several things that end alike once, with their heads run together (「水电费」 for
 * 水费 and 电费, 「水电燃气费」, or with the ending left off: 「水电燃气」): spelled out, each as its gloss says it.
 */
export function sharedEnding(text: string, glosses: string[]): string {
  const byEnd = new Map<string, string[]>();
  for (const gloss of glosses) {
    const m = /^(\p{Script=Han}+?)(\p{Script=Han})$/u.exec(gloss);
    if (m) byEnd.set(m[2]!, [...(byEnd.get(m[2]!) ?? []), m[1]!]);
  }
  let out = text;
  for (const [end, heads] of byEnd) {
    if (heads.length < 2) continue;
    const alternatives = [...heads].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    // (「水电燃气加起来」: the heads run together with no ending said at all)
    out = out.replace(new RegExp(`((?:${alternatives}){2,})(?:${end})?`, 'gu'), (whole, run: string) => {
      const parts = run.match(new RegExp(alternatives, 'gu')) ?? [];
      return parts.join('') === run ? parts.map((h) => `${h}${end}`).join('和') : whole;
    });
  }
  return out;
}

/** The text without a value and the word that joins it to the next or the last (「A 和 B」 less A is 「B」). */
function leaveOut(text: string, value: string): string {
  const joined = `(?:和|与|跟|及|、|,|，|and|&)`;
  const before = text.replace(new RegExp(`\\s*${joined}\\s*${escapeRegExp(value)}`), '');
  return before !== text ? before : text.replace(new RegExp(`${escapeRegExp(value)}\\s*${joined}?\\s*`), '');
}
