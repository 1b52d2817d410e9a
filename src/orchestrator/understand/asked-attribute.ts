/**
 * Which attribute of a thing a question asks for: how long it lasts, when it opens or closes,
 * what it costs, where it is, when it ends, what an account holds, what it is for. General words of both
 * languages, no skill's; the caller finds the field that holds it in the results.
 */
export type Attribute = 'duration' | 'hours' | 'price' | 'address' | 'end' | 'balance' | 'phone' | 'use';

/**
 * What an account (a card, a fund, a wallet) holds: 「余额」, 「卡里还有多少钱」, "how much is in my
 * savings", "how much do I have left". Asked with "how much" or 「多少钱」, it is no price.
 */
export const BALANCE = /余额|结余|(?:还|里|中|上)(?:有|剩|剩下|存了|攒了)多少钱|(?:卡|账户|账上|户头|钱包)里?(?:还)?(?:有|剩|剩下)多少(?=[？?]|$)|(?:有|剩|剩下)多少钱(?:了)?(?:吗|啊|呀)?$|\bbalances?\b|\bhow much (?:money )?(?:is|'s|do i have|have i got|i have|is there|have i) (?:left |still )?(?:in|on|left|saved|remaining)\b|\bhow much (?:is |do i have )?left (?:in|on)\b/iu;

const ASKED: [Attribute, RegExp][] = [
  ['end', /几点(?:结束|散场|下课|完事|完|出来)|[看上做打扫弄跑]完[^，,。？?]{0,6}(?:几点|什么时候)|(?:什么时候|几点钟?)(?:结束|散场|下课|完)|\b(?:when|what time) (?:does|will|is|would) [^?]{0,40}\b(?:end|over|finish|let out|get out)\b|\bend(?:ing)? time\b|\bfinish(?:es)? at\b/iu],
  ['duration', /多久|多长时间|多长|片长|时长|几个小时|几个钟|几分钟|\bhow long\b|\blength\b|\bduration\b|\bruntime\b|\bhow many (?:minutes|hours)\b/iu],
  ['hours', /几点(?:关门|开门|打烊|营业|下班|开|关)|(?:关门|开门|打烊)最[晚早]|最[晚早](?:关门|开门|打烊)|(?:开|营业)(?:得|到)最晚|关得最[晚早]|\b(?:closes?|opens?|stays? open|is open) (?:the )?(?:latest|earliest|longest)\b|开到几点|营业到几点|营业时间|开门时间|关门时间|(?:还|现在|晚上|半夜|深夜|凌晨|通宵)(?:在)?(?:开|营业)(?:着|门)?(?:吗|么|不|没)|(?:24小时|二十四小时|通宵|全天)(?:营业|开门|开着)|\bopen (?:at|after|past|overnight|24|all night|round the clock|around the clock)|\b(?:24[- ]hours?|all[- ]night|overnight)\b(?=[^?]{0,20}\b(?:store|shop|branch|pharmacy|open)s?\b)|\b(?:is|are) (?:any|either) (?:of )?[^?]{0,40}\bopen\b|\b(?:is|are) (?:it|they|the [^?]{1,30}) (?:still )?open\b|\bopening hours\b|\bopen (?:until|till|late|now|today)\b|\b(?:when|what time) (?:do|does|is|are) [^?]{0,40}\b(?:open|close|closing)\b|\bbusiness hours\b/iu],
  ['price', /多少钱|(?<!好|很|差不|许|最)多钱|价格|价钱|几块|怎么收费|收费|费用|票价|贵不贵|怎么卖|费(?:是|要|大概)?多少|多少(?:运|邮|配送|服务|手续)?费|\bhow much\b|\bprices?\b|\bcosts?\b|\bfees?\b|\bcharge\b/iu],
  ['balance', BALANCE],
  // (「还有位置吗」 asks for a seat, not where)
  ['address', /在哪|哪里|哪儿|(?<![有没空])位置|地址|地点|怎么走|\bwhere\b|\baddress\b|\blocation\b|\blocated\b/iu],
  ['phone', /电话|联系方式|手机号|\bphone(?: number)?\b|\bnumber to call\b|\bcontact number\b/iu],
  // (「这个药治什么的」「有什么用」, "what's it for", "what does it treat")
  ['use', /治(?:什么|啥)|(?:干|做)(?:什么|啥|嘛)用|有(?:什么|啥)用|管(?:什么|啥)(?:的|用)|(?:功效|作用|用途|适应症)(?:是)?(?:什么|啥)|用于(?:什么|啥)|\bwhat(?:'s| is| are|'re) (?:it|they|this|that|[^?,.]{1,30}) (?:used )?for\b|\bwhat does (?:it|[^?,.]{1,30}) treat\b|\bwhat (?:is|are) (?:it|they|[^?,.]{1,30}) used for\b/iu],
];

/** Whether a clause asks rather than tells: a question mark or a question word. */
const ASKING = /[?？]|吗|么|嘛|多少|多钱|几|哪|什么|啥|怎么|多久|多长|把[^，,。]{1,8}(?:给我|发我|告诉我)|\b(?:how|what|what'?s|which|when|where)\b|\b(?:give|send|tell) me\b/iu;

/** The attributes the text asks for, each once, in the order above; none where it asks for none. */
export function askedAttributes(text: string): Attribute[] {
  const clauses = text.split(/[。；;！!\n]|(?<=[?？])/).filter((clause) => ASKING.test(clause));
  return ASKED.filter(([attribute, words]) => clauses.some((clause) => words.test(attribute === 'price' ? clause.replace(new RegExp(BALANCE.source, 'giu'), ' ') : clause))).map(([attribute]) => attribute);
}
