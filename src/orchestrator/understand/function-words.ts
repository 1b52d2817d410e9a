/**
 * English words every request has, whatever it asks for: pronouns, the verbs that ask ("do you
 * have…", "can we…") and little linking words. A skill's own example ("what drinks do you have")
 * holds them too, so a match on them alone says nothing of which service a request is for.
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'any', 'some',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'they', 'their', 'it', 'its', 'there',
  'do', 'does', 'did', 'have', 'has', 'had', 'is', 'are', 'am', 'was', 'were', 'be',
  'can', 'could', 'would', 'will', 'should', 'may', 'please',
  'to', 'of', 'for', 'and', 'or', 'with', 'in', 'on', 'at', 'by',
  // ("I'd like …", "I want something …": how any request opens)
  "i'd", "i'm", "i'll", "we'd", "we're", 'like', 'want', 'something', 'anything',
]);

/** The English text without its function words ("Do you have Zyrtec?" → "Zyrtec"). */
export function contentWords(text: string): string {
  return (text.match(/[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]+/g) ?? []).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).join(' ');
}
