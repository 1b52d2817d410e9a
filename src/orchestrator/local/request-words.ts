import { extractDateTime, peopleSaid } from '../understand/index.ts';

/**
 * A clause that acts (order, book, pay) rather than only asks; an act said not to be done (「先别订」,
 * "don't book it") does not. Who is going, said as the whole of a part (「…的陶艺课，我跟我爱人俩人」,
 * "…, for me and a friend"), is an act too (unless `whoGoes` is false): it says whom to book for,
 * not what to ask — but not an act of its own beside another.
 */
export function isActing(text: string, { whoGoes = true }: { whoGoes?: boolean } = {}): boolean {
  // who goes is an act only where nothing in the request asks, or holds the act back
  const holdsBack = () => NEGATED_ACT.test(text) || QUERY_WORDS.test(text) || /[？?]|[吗么](?=[，,。；;！!\s]|$)/.test(text);
  // (「周日想陪爸妈去看<片名>…不急着买」: wanting to go, with the buying held back, is still a question)
  const withheld = NEGATED_ACT.test(text);
  // (「润喉糖拿三盒送到家大概多少钱？只是问问」: a request said to be only asking acts only where it asks outright)
  if (ONLY_ASKING.test(text) && !OUTRIGHT.test(text.replace(NEGATED_ACT_G, ' '))) return false;
  // 「…住两晚，大床房就行，多少钱」: a stay said for a price question is what is asked about, not booked
  // (a price asked in a sentence of its own, 「早餐多少钱一位？明晚住松间双床…」, holds back no stay said after it)
  return text.split(/(?<=[？?。；;！!])/).some((sentence) => {
    const pricing = ASKS_PRICE.test(sentence);
    // (「一盒A和一盒B，哪个便宜？」: the things counted are the things compared, not an order)
    const comparing = asksComparison(sentence);
    return sentence.split(/[？?，,。；;！!]/).some((part) => {
      const said = (withheld ? part.replace(WANTS_TO_GO, ' ') : part).replace(NEGATED_ACT_G, ' ').replace(DONE_STATE, ' ');
      if (QUERY_WORDS.test(said)) return false;
      // (「明天能来家里做个保洁吗」: someone asked to come and do it, however it is asked)
      if (COME_DO.test(said)) return true;
      if (asksWhetherItCan(said) || YES_NO.test(said) || asksYesOrNo(said)) return false;
      if (pricing && !ACTION_WORDS.test(said.replace(STAY_SAID, ' '))) return false;
      if (comparing && !ACTION_WORDS.test(said.replace(COUNTED_THING_G, ' '))) return false;
      // (「…，大杯冰乌龙一杯，…」: a thing and its count, in a sentence that asks nothing, is ordered)
      return ACTION_WORDS.test(said) || COUNT_FOR_NAME.test(said) || ((COUNT_LAST.test(said.trim()) || COUNT_FIRST.test(said.trim())) && !/[了过]/.test(said) && !asksIn(sentence)) || (whoGoes && WHO_GOES.test(said.replace(COUNT_AFTER, '$1 N')) && !holdsBack() && peopleSaid(said) !== undefined);
    });
  });
}

/**
 * 「外送要配送费吗」「观景舱含餐吗」: a yes-or-no in Chinese, asked for nobody and counting nothing, asks nothing
 * done (「能给我送两杯吗」「可以订两张吗」「还能约吗」 do: a request said as a question).
 */
function asksYesOrNo(part: string): boolean {
  // (「…还能约吗」 asks whether it can still be had, to have it: the act, as before)
  // (「海景房住两晚还有吗」: whether any is left asks, whatever stay or count it is for)
  return /[吗么嘛]\s*$/.test(part) && !FOR_SOMEONE.test(part) && (!COUNTED.test(part) || STILL_ANY.test(part)) && !/(?:能|可以)(?:约|订|买|预约|预订|报名|下单)/.test(part);
}

/** Whether any is left (「还有吗」「还有房吗」「还剩吗」). */
const STILL_ANY = /还(?:有|剩)[^，,。？?]{0,3}[吗么嘛]\s*$/;

/** Someone asked to come and do a thing at the person's place (「能来家里做个保洁吗」「上门清洗一下」). */
const COME_DO = /(?<!不用|不要|别|不必|无需|不需要)(?:来|过来|上门)(?:家里|我家|家|公司|这边)?[^，,。？?]{0,4}(?:做|打扫|保洁|清洁|清洗|擦|修|装|搬)/u;

/** "Two for Harbour Lights…": a count for a thing named by its capitalised name, the verb left out. */
const COUNT_FOR_NAME = /^\s*(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix) for\s+(?:the\s+)?["'“]?[A-Z]/;
/** A thing said with its count after it, ending the clause (「大杯冰乌龙一杯」「姜茶两包」). */
const COUNT_LAST = /\p{Script=Han}{2,}\s*[一二两俩三四五六七八九十\d]+\s*[杯份盒瓶包碗袋支罐串]$/u;
/** 「东港店两包口罩」「三杯热姜茶」: a count and its measure, then the thing, closing a part (not 「每天两片…」). */
const COUNT_FIRST = /^(?:\p{Script=Han}{0,8}?[店家处])?\s*(?<!每)[一二两俩三四五六七八九十\d]+\s*[杯份盒瓶包碗袋支罐串]\s*\p{Script=Han}{2,12}$/u;
const asksIn = (sentence: string) => QUERY_WORDS.test(sentence) || /[？?]|[吗么嘛]/.test(sentence);

/** A thing said with its count (「一盒A」「两张B」), as a part of its own or one of several. */
const COUNTED_THING_G = /(?:^|(?<=[和跟与、及]))\s*(?:[一二两俩三四五六七八九十]|\d+)\s*[间份杯盒瓶袋包支件张]/g;

/** A count of things (「两张」「三杯」「一间」). */
const COUNTED = /[一二两俩三仨四五六七八九十几\d]+\s*[个张杯份盒瓶包支件位间晚人碗袋]/;

/** "does the pier store deliver", "do you ship to Hangzhou": a yes-or-no asked of the service, which asks nothing done. */
const YES_NO = /^\s*(?:do|does|is|are)\s+(?:you|it|they|the|your|this|that|there)\b/i;

/** 「今天能送到不」「明天能到吗」, "will it arrive today?": whether a thing can, as a yes-or-no asked for nobody. */
export function asksWhetherItCan(text: string): boolean {
  return CAN_IT.test(text.trim()) && !FOR_SOMEONE.test(text);
}

const CAN_IT = /^[^，,。；;]{0,8}(?:能|会|可以|来得及)[^，,。；;]{1,8}(?:不|吗|么|没|没有)[？?]?$|^(?:will|would|can|could)\s+(?:it|they|that|this)\b[^,.;!?]{0,40}\??$/i;
/** Words of a person asking for something done for them (「帮我」「给我」「我要」, "for me"). */
const FOR_SOMEONE = /帮|给我|替我|我要|我想|请|\b(?:me|us|i)\b/i;

/** A question of price (「多少钱」, "how much"). */
const ASKS_PRICE = /多少钱|(?<!好|很|差不|许|最)多钱|什么价|价格是?多少|几多钱|\bhow much\b|\bwhat(?:'s| is| does) (?:the )?(?:price|cost)\b/i;
/** How long a stay is (「住两晚」「三个晚上」): an act where nothing asks, a detail of what is asked where something does. */
const STAY_SAID = /住[一二两三四五六七八九十几\d]+晚|(?<![每今明昨前后周期拜号月初\d])(?:[一二两三四五六七八九十]|\d+)\s*(?:个)?晚(?:上)?|\b(?:\d+|one|two|three|four|five|six|a couple of)\s+nights?\b/gi;

/**
 * A part that is only who goes: the people (「我跟我爱人」「一家三口」「两大一小」「四个人」, "just me",
 * "for the three of us", "for 3"), and nothing else but a few words around them.
 */
const WHO_GOES = /^\s*(?:就|只|是|一共|总共|共)?(?:我|咱|带|一家|全家|家里|俩|仨|大人|成人|\ba family of\b|(?:[一二两俩三四五六七八九十]|\d+)\s*(?:个|位|名)?\s*(?:人|大)|for\b|\bme\b|\bjust\b|\bthe\b|\bus\b|\bparty\b|\b(?:two|three|four|five|six|N)\s+(?:of us|people|persons|adults|guests)\b)[^\d]{0,20}$/i;
/** A count after "for" or "party of", or before people ("for 3", "3 people"): read as a word so the part is still only who goes. */
const COUNT_AFTER = /(\bfor|\bparty of|^\s*)\s*\d+(?=\s*(?:$|people|persons|adults|guests|of us))/gi;

/** A thing the person did before, said to point at it (「我上次买的」「我昨天订的」): no act of its own. */
export const DONE_BEFORE = /(?:我|我们|咱)(?:上次|之前|昨天|前天|刚才|刚刚|以前|上周|上个月|那天|今天|早上)?(?:买|订|约|预约|预订|点|寄|叫|挂|交|充)(?:了)?的/g;
/**
 * What an act already did, said as a state ("shows delivered", "it was booked", 「显示已签收」「已经送达」,
 * 「我上次买的」): news of the thing, not a request to do it again.
 */
const DONE_STATE = new RegExp(String.raw`\b(?:shows?|showing|says?|saying|marked|listed|was|were|been|is|are|it'?s|already)\s+(?:as\s+)?(?:delivered|shipped|sent|paid|booked|ordered|reserved|signed)\b|已经?(?:送达|送到|寄出|寄到|发货|支付|付款|下单|预约|预订|签收)|${DONE_BEFORE.source}`, 'gi');

/** Said to be only asking (「先问问」「只是问问」, "just asking"). */
const ONLY_ASKING = /先问问|只是问问|就问问|问问而已|先问一下|先了解一下|先打听(?:一下)?|\b(?:just|only) (?:asking|checking|curious)\b/i;
/** An act asked outright, for the assistant to do (「帮我订」「给我买」, "please book"). */
const OUTRIGHT = /(?:帮我|给我|替我|帮忙)(?:[^，,。？?！!]{0,6}?)(?:订|买|约|预约|预订|下单|叫|点|寄|交|缴|充)|\b(?:please )?(?:book|order|buy|reserve) (?:it|them|me|us|one|two|\d)\b/i;

/** Wanting to go and see (「想去看」「带娃去看」, "want to see"): an act only where no act is held back. */
const WANTS_TO_GO = /想(?:去)?(?:看|住|吃)(?![看过])|去(?!哪)[^，,。？?看]{0,8}看(?![看过])|带(?:着|上)?[^，,。？?看带]{1,6}看(?![看过])|看(?:一)?场(?![次地])|(?:和|跟|同)[^，,。？?看]{1,6}(?:一起)?(?:去)?看(?![看过])|\b(?:want(?:s)? to|wanna|would like to|'d like to) (?:go (?:and )?)?(?:see|watch|catch|go)\b/gi;

/** An act the request says not to do: a negation right before the verb (「先别订」「不用下单」「别急着买」, "don't book it", "no need to order"), or one kept for later. */
const NEGATION = String.raw`(?:先别|(?<![分特区类级])别|不要|不用|无需|不必|先不|暂时不|暂不|不(?:着急|急着?)|(?<![要买订约付交])不(?=下单|订|买|约|预约|预订|付)|\bdo\s+not|\bdon'?t|\bno need to|\bnot)\s*(?:帮我|给我|me\s+)?(?:急着|着急|忙着|这么快)?`;

/** An act the person keeps for later or for themselves (「回头我自己买」「晚点再订」, "I'll book later", "I'll buy them myself"). */
const SELF_OR_LATER = String.raw`(?:回头|晚点|等会儿?|待会儿?|之后|到时候)?我?自己(?:再)?(?:去)?(?:下单|订|买|约|预约|预订)|(?:回头|晚点|等会儿?|待会儿?|之后|到时候)我?再(?:去)?(?:下单|订|买|约|预约|预订)|\b(?:i'?ll|i will|we'?ll|we will|let me)\s+(?:book|buy|order|reserve|get)\b(?:\s+(?:it|them|one|tickets?|seats?|a \w+))?\s+(?:myself|ourselves|later|on my own|another time)\b`;

export const NEGATED_ACT = new RegExp(`${NEGATION}(?:${String.raw`下单|订|买|约|预约|预订|付款|支付|付|交|叫|book|order|buy|pay|reserve|purchase|call`})|${SELF_OR_LATER}`, 'i');

export const NEGATED_ACT_G = new RegExp(NEGATED_ACT.source, 'gi');

/** Words of doing (order, book, pay) and of asking (what, which, show): generic, not any mini-program's. */
export const ACTION_WORDS = /(?<!大)约(?![\d莫])|给(?:我|咱)们?(?:俩|仨)(?!人)|就(?:它|这个|那个|这场|那场|这班|那班|这家|那家)(?:了|吧)(?=[，,。！!\s]|$)|(?:^|[\s我就都还也想])要(?![不是么求紧多等花带])(?![^，,。]*?(?:几|多久|多长|吗|么))|想(?:看|订|约|买|住|吃|点|叫|寄|挂|预约|预订)(?!看)|去(?!哪)[^，,。？?看]{0,8}看(?![看过])|(?<![我咱你他她])带(?:着|上)?[^，,。？?看带]{1,6}看(?![看过]|什么|啥|哪)|(?<!看)看(?:一)?场(?![次地])|(?:想|要)(?:和|跟|同|带)[^，,。？?看]{1,6}(?:一起)?(?:去)?看(?![看过]|什么|啥|哪)|(?:派|找|请)(?:个|一个|[一两二三]位|[一两二三]名)?(?:人|阿姨|师傅|保洁)|要(?=[一二两三四五六七八九十\d]+(?:[盒包瓶支份袋张杯件位间]|个(?!小时|钟头|月|星期|礼拜)))(?![^，,。]*?(?:吗|么))|住[一二两三四五六七八九十几\d]+晚|(?<![每今明昨前后周期拜号月初\d])(?:[一二两三四五六七八九十]|\d+)\s*(?:个)?晚(?:上)?(?![^，,。？?]*?(?:吗|么|多少|几|[？?]))|拿[一二两三四五六七八九十几\d]+[盒包瓶支个份袋张杯]|\b(?:\d+|one|two|three|four|five|six|a couple of) (?:packs?|boxes|box|bottles?|cups?|tickets?|bags?) of\b|订|买|占(?:一个|个|位|座|[一二两三四五六七八九十\d]个)|(?:帮我|给我)?备(?=[一二两三四五六七八九十几\d])|(?:帮我|给我)留(?=[一二两三四五六七八九十几\d个份盒张])|(?<!停)留(?=[一二两三四五六七八九十几\d]+[个份盒张瓶支包袋](?!小时|钟头|月|星期|礼拜|电话|号|言|邮箱|地址|联系))|(?:来|上门)(?:做|打扫|收拾|清洁|清洗|修|装|擦)|(?:自提|自取|到店取|到店拿|(?:自己|亲自)?(?:去|过去|过来)(?:店里|店|门店)?(?:拿|取))(?![^，,。]*?(?:吗|么|多少|多久|几|哪|[？?]))|\bpick up (?:\d+|a|an|one|two|three|four|five|six|some)\b|\b(?:i|we)(?:'ll| will) (?:collect|pick (?:it|them) up)(?! my)\b(?![^?]*\?)|\bfor (?:collection|pick-?up) (?:at|from)\b|\bget (?:someone|somebody|a cleaner|an? \w+er) (?:to|in|over|round)\b|^\s*(?:\d+|one(?! (?:of|more)\b)|two|three|four|five|six|seven|eight|nine|ten) (?:[a-z][\w-]* ){0,2}(?:rooms?|tickets?|seats?|nights?|boxes|box|bottles?|packs?|cups?|tables?|classes|class|sessions?|spots?|places?|adults?|people|persons|guests)\b(?![^?]*\?)|^\s*(?:[一二两三四五六七八九十]|\d+)\s*[间份杯盒瓶袋包支件](?![^，,。]*?(?:吗|么|多少|几))|\b(?:can|could) (?:someone|somebody|you) (?!tell|check|show|let me|see|explain|find out)(?:come|clean|do|book|get|grab|fetch|deliver|send|bring|fix|order|reserve|pick|make|set)\b|\b(?:can|could|may) i (?:please )?(?:get|have|order|grab|book|reserve) (?:a|an|one|two|three|some|\d+)\b|点一|点个|(?<![几一二两三四五六七八九十\d早晚差有])点(?=便宜|贵|[那这它])|来[一二两俩三仨四五六七八九十几\d张杯份碗瓶个]|(?:[一二两三四五六七八九十]|\d+)\s*张(?!嘴)|叫(?!什么|啥|做|作|法)|挂|寄|送|交|缴|充|预约|预订|下单|(?:给我|帮我)下(?=[一两二三四五六七八九十几\d]?[个单份盒])|办|order|book|buy|pay|send|ship|get me|grab (?:me|us)\b|\b(?:i|we)(?:'ll| will) (?:take|have|get|go with|grab)\b(?! to\b| there\b| back\b| home\b| up\b| off\b)|\blet (?:me|us) (?:have|get)\b|\bgive (?:me|us)\b(?! a (?:call|ring|moment|minute|second)\b)|\bgrab (?:it|one|that|them|a spot|a seat)\b|reserve|top up|deliver|call (?:a|an|me a)\b|hail|request a\b|\badd\b|i'?d like|i would like|i want|\bwant(?:s)? to (?:see|watch|catch|book|get|go|reserve|order|buy)\b|\bwanna (?:see|watch|catch|book|get|go)\b|\bneed (?:a|an|someone|somewhere|something|some|a few|\d+|two|three|four|five)\b|come (?:by|over|and|to|clean)|\bhave (?:them|someone|somebody|a \w+|the \w+) (?:do|come|clean|bring|fix|deliver|pick|send)\b|\bhave\b[^.?!]{1,60}?\b(?:sent|delivered|brought|shipped)\s+(?:over|to|round|up|home)\b|\b(?:tickets?|seats?) for\b|\bfor\s+(?:the\s+)?(?:two|three|four|five|six|\d+)\s+of\s+us\b|get me into|sign me up|\bsign (?:me|us|both of us|my \w+)\b[^.?!,]{0,30}?\bup\b|\bput (?:me|us) (?:in|down|on)\b|\bput (?:\d+|¥\s*\d+|some|more)\b[^.?!,]{0,25}\b(?:on|onto|into)\b|\bgo ahead\b|\bgo for it\b|\bproceed\b|^(?!\s*(?:what|which|how|when|where|why|who|can|could|is|are|do|does|will|would|may)\b)[^?]*\bplease\b(?!.*\?)/i;

export const QUERY_WORDS = /(?:还)?(?:能|可以)[约订买报抢](?:几|多少)|哪(?:家|个|间|款|种|位|一家|一个|一间)(?:店|门店)?(?:最|更|比较|离|近|远|在|开着|还开)|几号|第几|几楼|几层|还(?:有|剩)几|查|看看|有哪些|哪几|什么时间|有什么|有啥|都有|几点|哪天|有没有|是什么|多少|多久|多长时间|到哪|哪些|列表|菜单|\bwhat\b|\bwhich\b|\bhow (?:many|long|often|far)\b|\bshow\s+(?:me|us|all|what)\b|list|menu|how much|where is|track/i;

/** Asking to undo: cancel, refund, unsubscribe. */
export const UNDO_WORDS = /取消|退(?![出休役步烧让化缩房])|撤销|撤回|不要了|不去了|cancel|refund|call off|unbook/i;

/** Asking in English what an undo would give back ("how much would I get back", "what refund"): `policy.ts` asks of the rules by it too. */
export const UNDO_AMOUNT_EN = String.raw`\bhow much (?:would|will|do|can|could) (?:i|we) get back\b|\bwhat refund\b`;

/** An undo said not to be done or only asked about (「不用取消」, 「取消要扣钱吗」, "until when can I cancel for free?"). */
const NOT_UNDOING = new RegExp(String.raw`(?:不用|不要|别|无需|先不)(?:帮我)?(?:取消|退)|(?:取消|退(?:票|款|订|掉)?)的话|(?:退(?:票|款)?)?(?:能|可以|会)?退(?:回)?(?:多少|几)(?!退)|${UNDO_AMOUNT_EN}|\bif (?:i|we) (?:cancel(?:led)?|refund(?:ed)?)\b[^.!]*\?|(?:取消|退(?:款|票)?)(?:掉)?了?(?:没有?|吗|么|没)(?=[，,。？?！!\s]|$)|退没退|退(?:款|票)?成功了?(?:没有?|吗)|取消[^，,。；;！!]{0,8}(?:吗|么|多少|几点|什么时候|怎么|？|\?)|(?:什么时候|几点|多久)(?:前)?(?:能|可以)?(?:免费)?取消|(?:can|could) (?:i|we) (?:still )?cancel|cancel[^.?!,]{0,20}\?|cancel(?:lation)? (?:policy|fee|charge)`, 'gi');

/** Whether a request asks to undo something (cancel, refund), not only about undoing it. */
export function asksToUndo(text: string): boolean {
  return UNDO_WORDS.test(text.replace(NOT_UNDOING, ' '));
}

/** Asking to change what exists: move, reschedule, switch. */
export const CHANGE_WORDS = /改|换|调到|调整|推迟|提前|挪|延期|reschedul|move|change|switch|postpone|push (?:it|back)|bring forward/i;

/** Whether the text names a day, a time or a part of the day. */
export function saysWhen(text: string): boolean {
  const found = extractDateTime(text, { now: new Date(), timeZone: 'Asia/Shanghai' });
  return !!(found.date || found.time || found.period);
}

/** Asking for the earliest or the latest start there is (「越早越好」「尽早」, "as late as possible"). */
export const EARLIEST = /越早越好|尽早|尽量早|早点来|能多早就多早|\bas (?:early|soon) as (?:possible|you can)\b|\bearliest (?:possible|you can|slot|time)\b|\basap\b/i;
export const LATEST = /越晚越好|尽量晚|能多晚就多晚|\bas late as (?:possible|you can)\b|\blatest (?:possible|you can|slot|time)\b/i;

/** The choice left to the assistant among what fits: 「随便哪个都行」「哪个点还能约就约哪个」, "whichever", "any of them". */
export const ANY_ONE = /随便|都行|都可以|无所谓|任意一|哪[个家场班趟节位款]都(?:行|可以|好)|哪(?:个|家|场|班|趟|节|位|款|天|个点|个时间)[^，,。；;]{0,8}就[^，,。；;]{0,4}哪(?:个|家|场|班|趟|节|位|款|天|个点)|\bany (?:one|of them|is fine|will do)\b|\bwhichever\b|doesn'?t matter|don'?t mind which|\b(?:don'?t|do not) (?:really )?care\b|\beither (?:one|is fine|will do)\b/i;

/** An act said alone, of nothing it names: 「帮我约上吧」「就订这个」, "Can you book me in?", "book it please". */
const BARE_ACT = /^(?:(?:要是|如果|只要)[^，,。]{1,16}?(?:的话)?[，,]?\s*|(?:if|as long as) [^,.]{1,40}?,?\s*(?:then\s+)?(?:just\s+)?)?(?:(?:(?:那|就|那就|麻烦|请)?(?:帮我|给我|替我)?(?:直接)?(?:订|约|买|下单|预约|预订|报名|拿下|交|缴|付)(?:一下|上|了|下来|掉)?(?:这个|那个|它)?(?:吧|呗|啊|哈)?|(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:(?:book|order|reserve|get|sign)\s+(?:me|us|it|that|them)|pay\s+(?:it|that|them|for it|the bill)\b)(?:\s+(?:and|&)\s+(?:my\s+)?[a-z]+|\s+both)?(?:\s+(?:in|up|on|a spot|a place))?(?:\s+for\s+(?:it|that|this|that one|this one))?(?:\s+please)?))[\s。.！!？?]*$/i;

/** Whether the text is only an act, of nothing it names (the act of what was said before it). */
export function isBareAct(text: string): boolean {
  return BARE_ACT.test(text.trim());
}

/** Asking by how much two prices differ (「差多少钱」「贵出多少」「能省多少」, "the price gap", "how much more"). */
const DIFFERENCE = /差多少|差几(?:块|十)|差价|相差|贵(?:出|了)?多少|便宜(?:了)?多少|多(?:花|出|付)多少|省多少|能省|\bprice (?:gap|difference)\b|\bdifference (?:in price|between)\b|\bhow much (?:more|less|cheaper|extra)\b/i;
/** Asking which of them costs less or more (「哪个便宜」「哪家票贵」「哪个欠得多」, "which is cheaper"). */
const WHICH = /哪(?:个|家|款|种|样|一个|一家|边)?(?:的)?[^，,。？?！!\s哪]{0,2}?(?:更|比较)?(?:便宜|贵|划算|实惠)|哪(?:个|一个|项|笔)(?:欠|要交|该交)(?:得|的)?(?:最|更|比较)?多(?!少)|\bwhichever (?:owes|is owed) (?:the )?(?:most|more)\b|\bwhich (?:one |of (?:them|the two) )?(?:is )?(?:cheaper|more expensive|pricier)\b|\b(?:the )?(?:cheaper|pricier|more expensive) one\b/i;

/** Whether a text asks how two things' prices compare. */
export function asksComparison(text: string): boolean {
  return DIFFERENCE.test(text) || WHICH.test(text);
}
