/** Where plain text stops: a quote, a comment's start, or a `$`. */
const SPECIAL = /['"$]|--|\/\*/g;

/**
 * A parameterised statement as one text with its values written in as string constants, for
 * PGlite's simple query protocol: one message instead of the extended protocol's six (parse,
 * describe, bind, describe, execute, sync), about a third of the cost of a statement there.
 * PostgreSQL types an untyped parameter and an untyped string constant alike (both `unknown`,
 * resolved by context), so the statement means the same. Values are escaped for `E'…'`
 * (backslash and quote doubled), which holds whatever `standard_conforming_strings` says.
 * Returns undefined — run it with parameters instead — for anything not plainly written: a
 * value that is not a string, number, bigint, boolean or null (its serialisation depends on the
 * parameter's type), a NUL character, a `$` that is not a parameter (dollar quoting), a
 * backslash in the statement, or a parameter without a value.
 */
export function inlineParams(text: string, params: readonly unknown[]): string | undefined {
  if (text.includes('\\')) return undefined;
  const literals: string[] = [];
  for (const value of params) {
    const literal = constant(value);
    if (literal === undefined) return undefined;
    literals.push(literal);
  }
  let out = '';
  let i = 0;
  for (;;) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(text);
    if (!found) return out + text.slice(i);
    const at = found.index;
    out += text.slice(i, at); // plain text is copied a run at a time, not a character at a time
    const c = text[at] as string;
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, at + 1);
      if (end < 0) return undefined;
      out += text.slice(at, end + 1); // a doubled quote inside reads as two adjacent ones: same text
      i = end + 1;
    } else if (c === '-') {
      const end = text.indexOf('\n', at);
      const stop = end < 0 ? text.length : end;
      out += text.slice(at, stop);
      i = stop;
    } else if (c === '/') {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) return undefined;
      out += text.slice(at, end + 2);
      i = end + 2;
    } else {
      let j = at + 1;
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const literal = j > at + 1 ? literals[Number(text.slice(at + 1, j)) - 1] : undefined;
      if (literal === undefined) return undefined;
      out += literal;
      i = j;
    }
  }
}

function constant(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') text = String(value);
  else return undefined;
  if (text.includes('\0')) return undefined;
  return /[\\']/.test(text) ? `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `E'${text}'`;
}
