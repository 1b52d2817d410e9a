/**
 * JSON with positions. `JSON.parse` in Node 20 often reports no position at all, and a
 * developer needs "file:line:column" to fix a package, so syntax errors are located by a small
 * strict parser of our own; it also finds the line of a field (`apis[3].name`) for review.
 */

export type JsonPath = (string | number)[];

export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; message: string; line: number; column: number };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type OnValue = (path: JsonPath, offset: number) => boolean | void;

/** A strict JSON reader that calls `onValue` with the path and start offset of every value. */
class JsonReader {
  private pos = 0;
  private stopped = false;

  constructor(
    private readonly text: string,
    private readonly onValue?: OnValue,
  ) {}

  read(): unknown {
    this.skipSpace();
    const value = this.value([]);
    this.skipSpace();
    if (!this.stopped && this.pos < this.text.length) {
      throw new JsonSyntaxError(`Unexpected ${this.describe()} after the end of the JSON value`, this.pos);
    }
    return value;
  }

  private value(path: JsonPath): unknown {
    if (this.stopped) return undefined;
    if (this.onValue?.(path, this.pos) === true) {
      this.stopped = true;
      return undefined;
    }
    const c = this.text[this.pos];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, literal] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return literal;
      }
    }
    if (c === "'") throw new JsonSyntaxError("Strings must use double quotes (\"), not single quotes (')", this.pos);
    if (c === '/') throw new JsonSyntaxError('Comments are not allowed in JSON', this.pos);
    throw new JsonSyntaxError(`Unexpected ${this.describe()}; expected a value`, this.pos);
  }

  private object(path: JsonPath): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      if (this.stopped) return result;
      this.skipSpace();
      if (this.text[this.pos] === '}') throw new JsonSyntaxError('Trailing comma before "}"', this.pos);
      if (this.text[this.pos] !== '"') {
        throw new JsonSyntaxError(`Unexpected ${this.describe()}; expected a property name in double quotes`, this.pos);
      }
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') throw new JsonSyntaxError(`Expected ":" after property name "${key}"`, this.pos);
      this.pos++;
      this.skipSpace();
      Object.defineProperty(result, key, { value: this.value([...path, key]), enumerable: true, writable: true, configurable: true });
      if (this.stopped) return result;
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return result;
      }
      throw new JsonSyntaxError(`Expected "," or "}" after the value of "${key}", found ${this.describe()}`, this.pos);
    }
  }

  private array(path: JsonPath): unknown[] {
    const result: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return result;
    }
    for (;;) {
      if (this.stopped) return result;
      this.skipSpace();
      if (this.text[this.pos] === ']') throw new JsonSyntaxError('Trailing comma before "]"', this.pos);
      result.push(this.value([...path, result.length]));
      if (this.stopped) return result;
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return result;
      }
      throw new JsonSyntaxError(`Expected "," or "]" after an array element, found ${this.describe()}`, this.pos);
    }
  }

  private string(): string {
    const start = this.pos;
    const end = this.findStringEnd(start + 1);
    try {
      this.pos = end + 1;
      return JSON.parse(this.text.slice(start, end + 1)) as string;
    } catch {
      throw new JsonSyntaxError('Invalid string (a bad escape or a raw control character such as a line break)', start);
    }
  }

  private findStringEnd(from: number): number {
    for (let i = from; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '\\') i++;
      else if (c === '"') return i;
      else if (c === '\n') throw new JsonSyntaxError('Unterminated string (a line break inside a string)', i);
    }
    throw new JsonSyntaxError('Unterminated string', from - 1);
  }

  private number(): number {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) throw new JsonSyntaxError('Invalid number', this.pos);
    this.pos += match[0].length;
    return Number(match[0]);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else break;
    }
  }

  private describe(): string {
    const c = this.text[this.pos];
    return c === undefined ? 'end of file' : `character ${JSON.stringify(c)}`;
  }
}

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON text; on a syntax error says what and where (1-based line and column). */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    // fall through to the locating reader
  }
  const offsetShift = body === text ? 0 : 1;
  try {
    if (body.trim() === '') return { ok: false, message: 'The file is empty', line: 1, column: 1 };
    return { ok: true, value: new JsonReader(body).read() };
  } catch (error) {
    const offset = error instanceof JsonSyntaxError ? error.offset : 0;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message, ...positionOf(text, offset + offsetShift) };
  }
}

/** Parses `apis[3].inputSchema.properties.storeId` into `['apis', 3, 'inputSchema', …]`. */
export function parseFieldPath(field: string): JsonPath {
  const path: JsonPath = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else if (match[1] !== undefined) path.push(match[1]);
  }
  return path;
}

/**
 * The 1-based line where the value at `path` starts in JSON `text`, or of its closest existing
 * ancestor; undefined when the text does not parse.
 */
export function locateJsonPath(text: string, path: JsonPath | string): number | undefined {
  const target = typeof path === 'string' ? parseFieldPath(path) : path;
  let best: number | undefined;
  let bestDepth = -1;
  const onValue: OnValue = (at, offset) => {
    if (at.length > target.length || at.length <= bestDepth) return;
    for (let i = 0; i < at.length; i++) if (at[i] !== target[i]) return;
    best = offset;
    bestDepth = at.length;
    return at.length === target.length;
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    new JsonReader(body, onValue).read();
  } catch {
    // a partial walk still tells where the path's ancestors are
  }
  if (best === undefined) return undefined;
  return positionOf(body, best).line;
}
