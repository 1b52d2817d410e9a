/** An enum value and the words people use for it: `L` with 大杯 and large. */
export interface EnumOption {
  code: string;
  glosses: string[];
  /** What the skill notes of it in brackets beside its gloss: 「观景舱（顶层船头）」 → 顶层船头. */
  notes?: string[];
}

const SEPARATOR = /^\s*(?:=|:|：|->|→|=>|-|—)\s*/;
const OPEN_PAREN = /^\s*[(（]\s*/;
/** Where one gloss list ends. */
const LIST_END = /[,，;；、\n。)）]|\.\s/;
const MAX_GLOSS = 24;

/**
 * Reads glosses written next to enum codes in a parameter description (skill conventions,
 * point 4): `M=中杯/medium, L=大杯/large`, leniently also `L：大杯 large`, `iced (冰)` and
 * `大杯(L)`. A code the description never explains gets no glosses; it still matches itself.
 */
export function parseEnumGlosses(description: string, codes: readonly string[]): EnumOption[] {
  const text = typeof description === 'string' ? description : '';
  const occurrences = codes.flatMap((code) =>
    codePositions(text, code).map((at) => {
      const after = text.slice(at + code.length);
      const kind = SEPARATOR.test(after)
        ? 'separated'
        : OPEN_PAREN.test(after)
          ? 'parenthesised'
          : wrapped(text, at, code)
            ? 'wrapped'
            : 'plain';
      return { code, at, kind };
    }),
  );
  // a code inside another code's gloss (full=全糖/full sugar) is not where a new definition starts
  const definitions = occurrences.filter((o) => o.kind !== 'plain');
  const cuts = (definitions.length > 0 ? definitions : occurrences).map((o) => o.at).sort((a, b) => a - b);
  return codes.map((code) => {
    const own = occurrences.filter((o) => o.code === code);
    const defined = own.filter((o) => o.kind !== 'plain');
    const glosses = new Set<string>();
    const notes = new Set<string>();
    for (const { at, kind } of defined.length > 0 ? defined : own) {
      const after = text.slice(at + code.length, cuts.find((cut) => cut > at) ?? text.length);
      if (kind === 'separated') for (const note of notesIn(after.replace(SEPARATOR, ''))) notes.add(note);
      const found =
        kind === 'separated' ? glossesIn(after.replace(SEPARATOR, ''), /[(（]/)
        : kind === 'parenthesised' ? glossesIn(after.replace(OPEN_PAREN, ''), undefined)
        : kind === 'wrapped' ? glossesBefore(text, at)
        : plainGlosses(code, after);
      for (const gloss of found) if (gloss.toLowerCase() !== code.toLowerCase()) glosses.add(gloss);
    }
    return { code, glosses: [...glosses], ...(notes.size ? { notes: [...notes] } : {}) };
  });
}

/** Bracketed words that say nothing of the option itself: (默认), (default), (optional). */
const NOT_A_NOTE = /^(?:默认|缺省|可选|推荐|default|optional|recommended)$/i;

/**
 * The notes in brackets inside one gloss list (「观景舱（顶层船头）/view cabin」,
 * 「茶点套餐（一壶茶、两样点心）」): what stands in them, up to where the list ends outside them.
 */
function notesIn(text: string): string[] {
  const notes: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '（') {
      if (depth++ === 0) start = i + 1;
    } else if ((c === ')' || c === '）') && depth > 0) {
      if (--depth === 0) notes.push(text.slice(start, i).trim());
    } else if (depth === 0 && LIST_END.test(text.slice(i, i + 2)) && LIST_END.exec(text.slice(i, i + 2))!.index === 0) break;
  }
  return notes.filter((note) => note !== '' && note.length <= 40 && !NOT_A_NOTE.test(note));
}

function wrapped(text: string, at: number, code: string): boolean {
  const open = text[at - 1];
  const close = text[at + code.length];
  return (open === '(' && close === ')') || (open === '（' && close === '）');
}

/** Where `code` stands as a word of its own. */
function codePositions(text: string, code: string): number[] {
  if (code === '') return [];
  const positions: number[] = [];
  const word = /[A-Za-z0-9_]/;
  for (let at = text.indexOf(code); at !== -1; at = text.indexOf(code, at + 1)) {
    const glued = /\p{Script=Han}/u.test(code[0]!) ? /\p{Script=Han}/u : word; // 小 in 大小 is no code
    const bounded = !glued.test(text[at - 1] ?? '');
    const boundedEnd = !word.test(code.at(-1)!) || !word.test(text[at + code.length] ?? '');
    if (bounded && boundedEnd) positions.push(at);
  }
  return positions;
}

/** `大杯(L)`: the gloss stands before the code in parentheses. */
function glossesBefore(text: string, at: number): string[] {
  const before = text.slice(0, at - 1);
  const start = Math.max(...[',', '，', ';', '；', '、', ':', '：', '\n', '。', '='].map((d) => before.lastIndexOf(d))) + 1;
  return splitGlosses(before.slice(start)).slice(-1);
}

/** `M 中杯`: with no separator, only Chinese words right after an ASCII code count as its gloss. */
function plainGlosses(code: string, after: string): string[] {
  if (!/^[\x21-\x7e]+$/.test(code)) return [];
  const han = /^\s+(\p{Script=Han}+)/u.exec(after);
  return han ? [han[1]!] : [];
}

/** A note in parentheses inside a gloss list: 「观景舱（顶层船头）/view cabin」. */
const PAREN_NOTE = /\s*(?:\([^()（）]*\)|（[^()（）]*）)/gu;

function glossesIn(text: string, stopAt: RegExp | undefined): string[] {
  // a note in parentheses after a gloss ends neither the list nor the gloss: the list goes on after it
  const rest = stopAt ? text.replace(PAREN_NOTE, '') : text;
  let end = rest.search(LIST_END);
  if (end === -1) end = rest.length;
  let gloss = rest.slice(0, end);
  if (stopAt) {
    const paren = gloss.search(stopAt);
    if (paren > 0) gloss = gloss.slice(0, paren);
  }
  return splitGlosses(gloss);
}

/** 「大杯/large」, 「大杯 large」, 「少冰 less ice」 → each gloss alone. */
function splitGlosses(gloss: string): string[] {
  return gloss
    .split(/[/|｜]|\s或\s?|\bor\b/)
    .flatMap((piece) => piece.match(/\p{Script=Han}[\p{Script=Han}\d]*|[A-Za-z0-9][A-Za-z0-9'’ +-]*/gu) ?? [])
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '' && piece.length <= MAX_GLOSS);
}
