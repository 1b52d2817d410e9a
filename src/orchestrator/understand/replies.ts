import { textOf } from './text-input.ts';

/**
 * Short replies to a question or a confirmation: yes, no, and "the usual". Judged on the
 * whole reply, so 「不要冰」 (a change) is not a no and 「好的，但换成大杯」 is not a plain yes.
 */
const YES = [
  '好的', '好啊', '好滴', '好吧', '好', '行', '行啊', '可以', '可以的', '确认', '确定', '是的', '是', '对', '对的', '没错',
  '没问题', '嗯', '嗯嗯', '同意', '下单', '支付', '付款', '买', '就这个', '就这样', '就它', '要', 'ok', 'okay', 'yes',
  'yeah', 'yep', 'yup', 'sure', 'confirm', 'confirmed', 'go ahead', 'do it', 'please do', 'sounds good', 'correct',
  'right', "that's right", 'absolutely', 'of course', 'fine', 'great', 'perfect', 'y', 'place the order', 'pay',
];
const NO_WHOLE = [
  '不', '不用', '不用了', '不要', '不要了', '不了', '不行', '不对', '不是', '不可以', '别', '别了', '没有', '否', '错了',
  '取消', '算了', 'no', 'nope', 'nah', 'n', 'cancel', 'stop', "don't", 'do not', 'not now', 'no thanks', 'no thank you',
  'never mind', 'nevermind', 'forget it', 'wrong',
];
/** These say no wherever they stand in the reply, unless what follows names what is dropped (「不需要早餐」, 「取消小食」, "cancel the breakfast"). */
const NO_ANYWHERE = /算了|取消|不用了|不需要|不想要|先不|别下单|不买了|\b(?:cancel|never ?mind|forget it|no thanks|don't (?:order|book|pay))\b/i;
/** What may follow a no that drops the whole request: the request itself, or nothing. */
const THE_WHOLE = /^(?:\s*(?:了|吧|啦|哦|呀|订|买|约|下单|付款|支付|这单|这个|那个|它|预订|预约|订单|的话|it|that|this|the order|the booking|my order|the whole thing|please|for now|then|thanks|thank you|all))*\s*$/i;

/** A piece that declines everything: a no with nothing after it but the request itself. */
function declinesAll(piece: string): boolean {
  const m = NO_ANYWHERE.exec(piece);
  return m !== null && (m[0] === '算了' || THE_WHOLE.test(piece.slice(m.index + m[0].length)));
}

/** Whether any piece of a reply (between its pauses) declines everything. */
function declinesAnywhere(text: string): boolean {
  return textOf(text).toLowerCase().split(/[,，;；、!！。?？]+/u).some(declinesAll);
}
const BUT = /但|不过|换成|改成|改为|换个|\b(?:but|instead|change|switch)\b/i;
const FILLER = /^(?:那就|那|就|嗯+|呃+|啊|well|um+|uh+|oh)[\s,，]*|[\s,，]*(?:吧|啊|呀|哈|啦|了|呢|谢谢|谢啦|please|thanks|thank you)$/giu;
const USUAL = new RegExp(
  [
    '老样子|照旧|老规矩|跟上次一样|和上次一样|同上次|上次那样|上次的|常点的|常喝的|常吃的|常用的|老一套',
    String.raw`\b(?:the|my)\s+usual\b|\bsame as (?:last time|usual|before)\b|\bas usual\b|\bmy regular\b`,
  ].join('|'),
  'i',
);

function bare(text: string): string {
  let current = textOf(text).normalize('NFKC').trim().toLowerCase().replace(/[。.!！~～…]+$/u, '').trim();
  for (let previous = ''; previous !== current; ) {
    previous = current;
    current = current.replace(FILLER, '').trim();
    if (current === '') return previous; // 「嗯嗯」 alone is the answer, not filler
  }
  return current;
}

/** Splits a reply at punctuation into pieces, each without fillers. */
function pieces(text: string): string[] {
  return bare(text)
    .split(/[,，;；、!！]+/u)
    .map((piece) => bare(piece))
    .filter((piece) => piece !== '');
}

/** Whether the piece is nothing but words of the list, back to back (「确认支付」, "ok go ahead"). */
function madeOf(piece: string, words: readonly string[]): boolean {
  const reachable = new Array<boolean>(piece.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < piece.length; i++) {
    if (!reachable[i]) continue;
    if (piece[i] === ' ') {
      reachable[i + 1] = true;
      continue;
    }
    for (const word of words) {
      const end = i + word.length;
      if (!piece.startsWith(word, i)) continue;
      if (/[a-z]$/.test(word) && /[a-z]/.test(piece[end] ?? '')) continue; // "yes" is not "yesterday"
      reachable[end] = true;
    }
  }
  return reachable[piece.length]!;
}

/** 好的 / 确认 / 是 / yes / ok / go ahead — a plain yes, with no change attached. */
export function isAffirmative(text: string): boolean {
  if (isNegative(text) || BUT.test(textOf(text))) return false;
  const parts = pieces(text);
  return parts.length > 0 && parts.every((part) => madeOf(part, YES));
}

/** A reply to a yes-or-no question that opens with a yes (「行，扣就扣吧」, "ok, fine by me"). */
export function leadsWithYes(text: string): boolean {
  if (isNegative(text)) return false;
  const first = pieces(text)[0];
  return first !== undefined && madeOf(first, YES);
}

/** 不用了 / 算了 / 不要 / 取消 / no thanks — the user declines; a change like 「不要冰」 is not a no. */
export function isNegative(text: string): boolean {
  if (declinesAnywhere(text)) return true;
  const parts = pieces(text);
  if (parts.length === 0) return false;
  // 「不，……」 / "no, …" leads with a no; 「不要冰」 / "no ice" only changes something
  return NO_WHOLE.includes(parts[0]!) || (parts.length === 1 && madeOf(parts[0]!, NO_WHOLE));
}

/**
 * What a reply says after the no it opens with (「不用，我自己过去拿」 → 「我自己过去拿」, "no, make it
 * large" → "make it large"): '' where it says nothing more, or declines everything anywhere.
 */
export function afterLeadingNo(text: string): string {
  const raw = textOf(text).trim();
  if (declinesAnywhere(raw)) return '';
  const m = /^([^,，;；、!！。?？]+)[,，;；、!！。?？]+\s*/u.exec(raw);
  return m && NO_WHOLE.includes(bare(m[1]!)) ? raw.slice(m[0].length).trim() : '';
}

/** 老样子 / 照旧 / 老规矩 / the usual / my usual — fill the order from memory. */
export function mentionsUsual(text: string): boolean {
  return USUAL.test(textOf(text).normalize('NFKC'));
}

/** Words that change or drop what was asked (「改成」「换成」「不要」, "make it", "instead"). */
const CHANGE_WORDS = /改|换|变成|加|减|再来|多来|少来|不要|取消|算了|别|instead|make it|change|switch|add|remove|cancel|actually|rather/i;
const QUESTION_FORM = /[?？]\s*$|^(请问|问一下|顺便问|几点|多少|什么|哪|怎么|为什么|有没有|是不是|能不能|可以.*吗|what|when|where|which|who|how|why|is|are|do|does|can|could)\b|吗[？?]?\s*$|呢[？?]?\s*$/i;

/**
 * A question beside what is waiting for the user (「你们几点关门？」 while a payment card is open):
 * it asks, it changes nothing, so the pending order stays as it is.
 */
export function isAsideQuestion(text: string): boolean {
  const t = text.trim();
  return QUESTION_FORM.test(t) && !CHANGE_WORDS.test(t) && !isNegative(t) && !isAffirmative(t);
}
