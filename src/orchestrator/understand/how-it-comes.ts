/**
 * How a thing reaches the person — brought to their door or fetched by them (「送到家」「自己去店里拿」,
 * "delivered home", "I'll pick it up") — which nearly every service that sells things offers, so
 * it says nothing of which service a request is for. Sending a parcel is an act, not a way: 寄 and
 * "ship" stay.
 */
const HOW_IT_COMES = new RegExp([
  String.raw`(?:帮我|给我)?送(?:到|去)?(?:我|我们)?(?:家|家里|府上|公司|单位|办公室|楼下|门口)(?:来|去)?`,
  String.raw`送(?:过来|上门|到府)`, String.raw`(?:配送|外送|外卖)到家`,
  String.raw`(?:我)?(?:自己)?(?:去|到)(?:店|店里|门店)(?:里)?(?:拿|取|提)`, String.raw`(?:我)?(?:自己|亲自)(?:过去|过来|去|来)(?:拿|取|提)`, '到店(?:自)?取', '自取', '自提',
  String.raw`\b(?:delivered|brought|sent)\s+(?:to\s+(?:my|our|the)\s+(?:home|house|place|flat|apartment|office|door)|home|over|round)\b`,
  String.raw`\b(?:deliver(?:y|ed)?|bring (?:it|them))\s+to\s+(?:my|our)\s+(?:home|house|place|flat|apartment|office|door)\b`,
  String.raw`\b(?:i'?ll|i will|we'?ll|to)\s+(?:pick|collect)\s+(?:it|them|those)?\s*(?:up)?\s*(?:myself|ourselves)?\b`,
  String.raw`\bfor\s+(?:pickup|pick-up|collection|delivery)\b`,
].join('|'), 'gi');

/** The text without the words of how the thing comes; the text itself where nothing else would be left. */
export function withoutHowItComes(text: string): string {
  const rest = stripHowItComes(text);
  return /[\p{Script=Han}a-z]/iu.test(rest) ? rest : text;
}

/** The text without the words of how the thing comes, whatever is left. */
export function stripHowItComes(text: string): string {
  return text.replace(HOW_IT_COMES, ' ');
}
