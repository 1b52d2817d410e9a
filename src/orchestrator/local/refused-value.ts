import { escapeRegExp } from '../../core/index.ts';

/**
 * A value the service refused ("No station matches \"Hongqiao\". Stations served: …, Shanghai
 * Hongqiao, …") that is a part of exactly one name its refusal lists: the user's short word for
 * that name. The value, quoted in the refusal, and the one listed name holding it as whole words.
 */
export function nameAsListed(content: string, args: Record<string, unknown>): { said: string; listed: string } | undefined {
  for (const value of Object.values(args)) {
    if (typeof value !== 'string' || value.trim().length < 2) continue;
    const said = value.trim();
    if (!QUOTES.some(([open, close]) => content.includes(`${open}${said}${close}`))) continue;
    const inWords = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(said)}(?:$|[^\\p{L}\\p{N}])`, 'iu');
    const latin = /^[\x20-\x7e]+$/.test(said);
    const listed = [...new Set(content.split(/[,，、;；:：。\n]|\.\s/).map((part) => part.trim()).filter((part) => part.length > said.length && part.length <= said.length + 24))]
      // a Chinese name holds the short one as its part (云溪北 ⊃ 云溪); a Latin one as whole words
      .filter((part) => !QUOTES.some(([open]) => part.includes(open)) && (latin ? inWords.test(part) : part.includes(said)));
    if (listed.length === 1) return { said, listed: listed[0]! };
  }
  return undefined;
}

/** The text with the word said put as the name listed. */
export function withListedName(text: string, fix: { said: string; listed: string }): string {
  if (text.includes(fix.listed)) return text;
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fix.said)}(?![\\p{L}\\p{N}])`, 'iu'), fix.listed);
}

const QUOTES: [string, string][] = [['"', '"'], ['“', '”'], ['「', '」'], ['『', '』'], ["'", "'"]];
