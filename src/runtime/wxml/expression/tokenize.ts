/** One lexical token of a mustache expression. */
export type Token =
  | { type: 'number'; value: number; at: number }
  | { type: 'string'; value: string; at: number }
  | { type: 'name'; value: string; at: number }
  | { type: 'punct'; value: string; at: number };

/** Where an expression is malformed, and how. Positions count from the start of the expression. */
export class ExpressionSyntaxError extends Error {
  override readonly name = 'ExpressionSyntaxError';
  constructor(message: string, readonly at: number) {
    super(message);
  }
}

const PUNCTUATORS = ['===', '!==', '...', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '+', '-', '*', '/', '%', '<', '>', '!', '?', ':', '.', ',', '(', ')', '[', ']', '{', '}'];
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isNameStart = (c: string): boolean => /[A-Za-z_$\u00c0-\uffff]/.test(c);
const isNamePart = (c: string): boolean => isNameStart(c) || isDigit(c);

/** Splits an expression into tokens; throws ExpressionSyntaxError on a character it cannot read. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(source[i + 1] ?? ''))) {
      const match = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(source.slice(i));
      const text = match?.[0] ?? c;
      tokens.push({ type: 'number', value: Number(text), at: i });
      i += text.length;
    } else if (c === '"' || c === "'") {
      const [value, end] = readString(source, i);
      tokens.push({ type: 'string', value, at: i });
      i = end;
    } else if (isNameStart(c)) {
      let end = i + 1;
      while (end < source.length && isNamePart(source[end] as string)) end++;
      tokens.push({ type: 'name', value: source.slice(i, end), at: i });
      i = end;
    } else {
      const punct = PUNCTUATORS.find((p) => source.startsWith(p, i));
      if (!punct) throw new ExpressionSyntaxError(`unexpected character "${c}"`, i);
      // `?.5` is a ternary with a number, not optional chaining.
      if (punct === '?.' && isDigit(source[i + 2] ?? '')) {
        tokens.push({ type: 'punct', value: '?', at: i });
        i += 1;
      } else {
        tokens.push({ type: 'punct', value: punct, at: i });
        i += punct.length;
      }
    }
  }
  return tokens;
}

function readString(source: string, start: number): [string, number] {
  const quote = source[start];
  let out = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === quote) return [out, i + 1];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      out += ESCAPES[next] ?? next;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  throw new ExpressionSyntaxError('string is not closed', start);
}
