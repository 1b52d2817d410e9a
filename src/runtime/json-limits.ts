/** How deep a result may nest (objects and arrays), and how large its JSON may be, before it is parsed. */
export const RESULT_DEPTH_LIMIT = 64;
export const RESULT_SIZE_LIMIT = 1024 * 1024;

/**
 * The deepest nesting in a JSON text, found by one linear scan (strings skipped) without
 * parsing it: a result nested 100,000 deep is measured, never recursed into.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Why a JSON text is refused (too large, too deep), or undefined when it may be parsed. */
export function jsonProblem(text: string, what: string, sizeLimit = RESULT_SIZE_LIMIT, depthLimit = RESULT_DEPTH_LIMIT): string | undefined {
  if (text.length > sizeLimit) return `${what} is larger than ${Math.round(sizeLimit / 1024)} KB`;
  const depth = jsonDepth(text);
  if (depth > depthLimit) return `${what} nests ${depth} levels deep (at most ${depthLimit})`;
  return undefined;
}
