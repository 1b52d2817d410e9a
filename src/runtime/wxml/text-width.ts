/** Columns a character takes in a terminal: 2 for CJK and other wide characters, else 1. */
export function charWidth(codePoint: number): number {
  if (codePoint < 0x1100) return 1;
  if (
    codePoint <= 0x115f ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x1f900 && codePoint <= 0x1f9ff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0) as number);
  return width;
}

/** Breaks a line to fit `width` columns: at the last space when there is one, else between characters. */
export function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const out: string[] = [];
  let current: string[] = [];
  let currentWidth = 0;
  let lastSpace = -1;
  for (const char of line) {
    const w = charWidth(char.codePointAt(0) as number);
    if (currentWidth + w > width && current.length > 0) {
      if (lastSpace > 0 && char !== ' ') {
        out.push(current.slice(0, lastSpace).join('').trimEnd());
        current = current.slice(lastSpace + 1);
      } else {
        out.push(current.join('').trimEnd());
        current = [];
      }
      currentWidth = displayWidth(current.join(''));
      lastSpace = current.lastIndexOf(' ');
      if (char === ' ' && current.length === 0) continue;
    }
    if (char === ' ') lastSpace = current.length;
    current.push(char);
    currentWidth += w;
  }
  if (current.length > 0) out.push(current.join('').trimEnd());
  return out.filter((part) => part.length > 0);
}

/** True when the text holds Chinese, Japanese or Korean characters. */
export function hasCjk(text: string): boolean {
  return /[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/.test(text);
}
