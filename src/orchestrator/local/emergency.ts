/**
 * A medical emergency said in a request: general words of danger to life (chest pain, not
 * breathing, unconscious, heavy bleeding, a stroke's signs), in Chinese and English. No booking
 * serves it; the mini-program's own line for emergencies (call 120, go to an emergency room) does.
 */
const EMERGENCY = /胸(?:口|部)?(?:剧|绞|压榨性?)?痛|心(?:口|脏)(?:剧|绞)痛|喘不上气|呼吸困难|不能呼吸|昏迷|晕倒了?|休克|抽搐不止|大出血|血流不止|中风|口眼歪斜|半边身子?(?:麻|不能动)|\bchest pains?\b|\b(?:crushing|severe|sharp) (?:chest )?pain\b|\bheart attack\b|\bcan'?t breathe\b|\b(?:not|stopped) breathing\b|\bunconscious\b|\bpassed out\b|\bstroke\b|\bbleeding (?:heavily|badly|a lot)\b|\bseizure\b|\barm (?:is )?(?:going )?numb\b/i;

/** Whether the request says a medical emergency. */
export function saysEmergency(text: string): boolean {
  return EMERGENCY.test(text);
}

/** The lines of the skill documents about emergencies (「急诊：请拨打 120…」, "Emergencies: call 120"). */
export function emergencyLines(docs: readonly string[]): string[] {
  return [...new Set(docs.flatMap((doc) => doc.split(/\n+/))
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.、)])\s*/, '').trim())
    .filter((line) => line && !line.startsWith('#') && /急诊|急救|紧急|emergenc/i.test(line)))];
}
