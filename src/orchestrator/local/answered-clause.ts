import { limitAsked } from './limits-said.ts';
import { factOf } from './phrasing.ts';
import { asksAboutRules } from './policy.ts';

/** A clause of a request the skill's documents answer, and the line the asker hears of it. */
export interface AnsweredClause {
  line: string;
  clause: string;
}

/**
 * The clause that asks of the rules (「船票能退吗？」), answered by their lines, where another clause
 * asks something else beside it (「另外船上卖哪些餐食」): that one goes on to its own list.
 */
export function rulesBeside(text: string, rules: string): AnsweredClause | undefined {
  const clause = text.split(/(?<=[？?。！!；;])/).find((part) => asksAboutRules(part));
  const rest = clause ? text.replace(clause, '').replace(/[\s，,。；;！!？?]/g, '') : '';
  return clause && rest.length >= 2 ? { line: rules, clause } : undefined;
}

/** The limit the skill states on what a clause asks may be done (「餐食能单独买吗」), as the asker hears it. */
export function limitBeside(text: string, docs: readonly string[], descriptions: readonly string[], lang: 'zh' | 'en', apis: readonly string[]): AnsweredClause | undefined {
  const limited = limitAsked(text, docs, descriptions);
  return limited && { line: factOf(limited.sentence, { lang, apis: [...apis], rule: true }), clause: limited.clause };
}
