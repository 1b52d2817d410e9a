import { bilingual } from '../../package/index.ts';
import type { RuleInfo } from '../types.ts';

/**
 * bp/fact-action: an API's returned `content` states a fact before it asks for an action.
 * The model weighs `content` highest; an action alone (「请展示订单卡片」) may be read as "call
 * the next API" and skip the user (MINIPROGRAM-AI.md, best-practice rule 1).
 *
 * Heuristic: join the text parts and split them into sentences at 。！？；!?; newlines, and at
 * ". " (a full stop followed by a space or the end, so "21.5" stays whole). A sentence is an
 * action when it opens with an imperative marker — Chinese 请 / 接下来 / 务必 / 立即 / 马上 /
 * 必须 / 需要 / 应该 / 应当 / 展示 / 显示 / 调用 / 引导 / 告诉 / 提示用户 / 让用户 / 向用户 / 为用户,
 * English please / now / next / then / show / display / render / present / call / invoke / ask /
 * tell / guide / prompt / let / make sure / you must|should. Every other sentence with at least
 * two letters or CJK characters is a fact. The content is flagged when its first sentence is an
 * action (no fact before it) or when it has no sentence at all. Content that is only facts passes.
 */

export const factAction: RuleInfo = {
  id: 'bp/fact-action',
  severity: 'warning',
  title: 'returned content states a fact before the next action (Fact + Action)',
  stage: 'contract',
};

const ACTION_ZH = /^(请|接下来|然后|随后|务必|立即|立刻|马上|必须|需要|应该|应当|展示|显示|调用|引导|告诉|告知|提示用户|让用户|向用户|为用户|给用户)/;
const ACTION_EN = /^(please|now|next|then|show|display|render|present|call|invoke|ask|tell|guide|prompt|let|make sure|ensure|you (must|should|need to))\b/i;

/** Splits content text into trimmed sentences. */
export function sentences(text: string): string[] {
  return text
    .split(/[。！？；!?;\n]+|\.(?=\s|$)/)
    .map((sentence) => sentence.replace(/^[\s"'「『“‘(（[【\-*•·]+/, '').trim())
    .filter((sentence) => /[\p{L}\p{N}].*[\p{L}\p{N}]|[\u4e00-\u9fff]/u.test(sentence));
}

export function isAction(sentence: string): boolean {
  return ACTION_ZH.test(sentence) || ACTION_EN.test(sentence);
}

/** Why a content text breaks Fact + Action, or undefined when it keeps it. */
export function factActionIssue(text: string): { message: string; fix: string } | undefined {
  const all = sentences(text);
  const fix = bilingual(
    'begin with what happened (「已生成订单，共 21 元。」 / "Order created, 21 yuan."), then say the next step (「请展示订单确认卡片，并引导用户核对后下单。」).',
    '先陈述事实（「已生成订单，共 21 元。」），再给出下一步动作（「请展示订单确认卡片，并引导用户核对后下单。」）。',
  );
  if (all.length === 0) {
    return { message: bilingual('The returned content has no text; the model learns nothing from it.', '返回的 content 没有文字，模型无从得知结果。'), fix };
  }
  const first = all[0] ?? '';
  if (!isAction(first)) return undefined;
  return {
    message: bilingual(`The returned content opens with an action and no fact: "${first.slice(0, 60)}". The model may take it as "call the next API" and skip the user.`, `返回的 content 只有动作、没有事实：「${first.slice(0, 60)}」。模型可能把它当作“调用下一个接口”而跳过用户。`),
    fix,
  };
}
