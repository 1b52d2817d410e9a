/**
 * Sentences of an API's `content` addressed to the assistant (the Action: 「请展示…卡片」,
 * "Show the card…") rather than to the user. The local planner tells the user the Fact and
 * acts on the Action itself.
 */
const ACTION_SENTENCE = /^(请|请你|需|需要)?(向用户|为用户|引导用户|提示用户|告知用户|展示|调用|引导|提示|告知|询问|再次|继续|等待|让用户|用一句话|根据)|^(please\s+)?(show|display|call|ask the user|tell the user|guide the user|invite the user|prompt the user|present|use|render|wait)\b/i;

export function factOf(content: string): string {
  const sentences = content.split(/(?<=[。！？!?；;\n]|\.\s)/).map((s) => s.trim()).filter(Boolean);
  const facts = sentences.filter((s) => !ACTION_SENTENCE.test(s));
  return (facts.length ? facts : sentences).join(' ').replace(/\s+([。，！？])/g, '$1').trim();
}

/** The short label of a parameter for a question: its description up to the first pause. */
export function paramLabel(description: string | undefined, name: string, lang: 'zh' | 'en'): string {
  const d = (description ?? '').split(/[，,。.;；(（:：\n]/)[0]?.trim() ?? '';
  if (!d) return name;
  if (lang === 'en' && /[\u4e00-\u9fff]/.test(d)) {
    const english = (description ?? '').match(/[A-Za-z][A-Za-z '-]{2,40}/);
    return english ? english[0].trim() : name;
  }
  return d;
}

export function listText(items: string[], lang: 'zh' | 'en'): string {
  return lang === 'en' ? items.join(', ') : items.join('、');
}
