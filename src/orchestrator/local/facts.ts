/**
 * What a result says for the user (the Fact) apart from what it tells the model (the
 * Action), however a skill writes it. Each sentence is judged by its form, not by a list of
 * phrasings: addressed to the assistant (an imperative or a prohibition, "the user" in the
 * third person), naming the machine's things (API names, schema paths, 【】 markers), or
 * neither — a fact.
 */

/** Verbs an assistant is told to do; a sentence that opens with one (after 请/务必/先…) is an instruction. */
const DIRECTIVE_VERB = /^(展示|显示|调用|使用|用|引导|提示|告知|询问|回复|回答|说明|确认|等待|继续|生成|输出|返回|列出|推荐|让|向|为|根据|按照|按|参考|结合|保持|避免|不要|禁止|切勿|不得|不可|严禁|勿|千万|务必|必须|记得|直接|优先|再次|重新|主动|简短|用一句|以|将|把|请求|帮助用户|告诉|通知|提醒用户|可调用|可使用|可以调用|需调用|需要调用)/;
const SOFTENER = /^(请你|请|务必|必须|需要|需|应当|应该|应|可以|可|先|再|然后|随后|接着|并|并且|同时|之后|下一步|接下来|注意|提醒|重要|要求)[：:，,\s]*/;
/** A case the sentence opens with (「你没指定时」「只有一个可服务地址时」「如果用户要改期的话」). */
const IN_CASE = /^(?:你|如果|若|当|如)?[^，,。；;]{0,20}?(?:(?<![小准及同临按实])时(?![间段刻长])|的话)[，,]?\s*/;
const PROHIBITION = /^(禁止|不要|切勿|不得|不可|严禁|勿|千万不要|不允许|不能)/;
const THIRD_PERSON = /用户|该客户|the user|the customer|user's|用户的/i;
const MACHINE = /【|】|\[\]|\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b\w+\[\]\.\w+|\b[a-z_]+\.[a-z_]+\b|\bAPI\b|接口|话术|卡片|card\b|tool\b|工具调用|structuredContent|JSON|参数/;
const EN_DIRECTIVE = /^(please\s+)?(show|display|call|use|invoke|ask|tell|guide|invite|prompt|present|render|wait|do not|don't|never|always|make sure|ensure|remember|respond|reply|confirm with|let|remind|inform|offer|suggest|recommend|keep|avoid|must|you must|you should|next,?|then)\b/i;
/** A fact a user needs even when it names a card or a parameter: money, a booking, a code. */
const USER_FACT = /[¥￥]\s?\d|\d+(\.\d+)?\s?元|已(生成|创建|下单|预订|预约|锁定|取消|支付|退款|提交|发送|出票|完成)|订单号|取餐码|取件码|单号|order (number|no)|has been|was (created|booked|canceled|cancelled|paid)/i;

export interface FactOptions {
  /** The APIs of the mini-program, named only to the model. */
  apis?: string[];
}

/** Splits content into sentences, keeping their end marks; a 【…】 marker starts a new one. */
export function sentencesOf(content: string): string[] {
  return content
    .replace(/【/g, '\n【')
    .split(/(?<=[。！？!?；;\n])|(?<=\.)\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** True when a sentence speaks to the model, not to the user. */
export function isForModel(sentence: string, options: FactOptions = {}): boolean {
  const s = sentence.trim();
  if (/^【|】/.test(s)) return true;
  if (options.apis?.some((api) => api.length >= 3 && s.includes(api))) return true;
  const bare = stripSoftener(s);
  if (PROHIBITION.test(bare) || PROHIBITION.test(s)) return true;
  if (EN_DIRECTIVE.test(s) && !/\b(you|your)\b.*\b(order|booking|ticket|table)\b.*\b(is|are|has|have)\b/i.test(s)) return true;
  // 「你没指定时先问上门地址是哪一个」「只有一个时直接使用」: what to do in a case is said to the assistant too
  const afterCase = stripSoftener(bare.replace(IN_CASE, ''));
  const directive = (DIRECTIVE_VERB.test(bare) && (bare !== s || !/^(用|以|将|把|为|向)/.test(bare)))
    || (afterCase !== bare && (DIRECTIVE_VERB.test(afterCase) || /^问(?!题)/.test(afterCase)));
  if (THIRD_PERSON.test(s)) return true;
  if (MACHINE.test(s) && !USER_FACT.test(s)) return true;
  if (directive && !USER_FACT.test(s)) return true;
  return false;
}

function stripSoftener(s: string): string {
  let out = s;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(SOFTENER, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * The name of an ID field before its value (「枫林店（storeId FL01，…）」, `classId=c3-1121`): the
 * machine's label of a code the user may still need, so the label goes and the code stays.
 */
const ID_KEY = /\b[a-z]+(?:[A-Z][a-z0-9]*)*(?:Id|ID|No|Code)\s*[=:：]?\s*(?=[A-Za-z0-9])/g;

/**
 * 「请（如实）告诉用户：…」 / "tell the user that …": what follows is meant for the user. Told with no pause
 * (「请告诉用户拨打客服 400…」「请告诉用户可联系门店前台处理」), only where it says something to do or a state
 * (not a thing to mention: 「请告诉用户退款金额」「…这一点」).
 */
const TELL_USER = /^(?:请|务必)?(?:如实|直接)?(?:告诉|告知|转告|提醒|通知)用户(?:([：:，,])\s*|(?=\p{Script=Han}))|^(?:please\s+)?(?:tell|inform)\s+the user(?:\s+that|:)\s*/iu;
/** Words of something to do or a state (「可联系…」「拨打…」「开船前…」「已…」), not of a thing only to mention. */
const SAYS_SOMETHING = /可以|可(?![行能])|须|需要?|要|拨打|联系|稍后|之?前|到|\d|已|不/;
/**
 * 「请展示船票卡片，并提醒用户开船前到码头检票」, "show the card and remind the user to arrive early": a
 * clause after the first that asks the assistant to pass something on; what follows it is for the user.
 */
const TELL_USER_AFTER = /[，,]\s*(?:并且?|同时|再|然后|也)?\s*(?:请)?(?:提醒|告诉|告知|转告|通知)用户[：:，,]?\s*(?=\S)|,?\s+and\s+(?:remind|tell|inform)\s+the user\s+(?:to\s+|that\s+)?/i;

/** 「用户目前没有…」「用户的次卡…」「the user has no …」: a statement of the user's state, said to them as "you". */
const USER_STATE = /^(?:该|当前)?用户(?=(?:在[^，,。；;]{1,12}?)?(?:目前|当前|现在|暂时|还|尚|已经)?(?:没有|没|未|无|暂无|已|有|尚未)|的)|^the user(?=\s+(?:has|have|does not|doesn't|did not|didn't|is not|isn't)\b|'s\s)/i;
const INSTRUCTION_MARK = /请|调用|时[，,]|之后|后[，,]|如需|可以帮|可帮|\bcall\b|\bask\b|\bshould\b/i;

/** A sentence in the third person that is a fact about the user, as said to the user; else the sentence. */
function toUser(sentence: string): string {
  if (USER_STATE.test(sentence) && !INSTRUCTION_MARK.test(sentence)) {
    return sentence.replace(/^(?:该|当前)?用户/, '你').replace(/^the user's(?=\s)/i, 'Your').replace(/^the user\s+(has|have|does not|doesn't|did not|didn't|is not|isn't)/i, (_m, verb: string) => `You ${verb.toLowerCase() === 'has' ? 'have' : verb.toLowerCase() === 'is not' || verb.toLowerCase() === "isn't" ? 'are not' : verb.replace(/^does/i, 'do')}`);
  }
  return sentence;
}

/** The user's part of a result's content: its fact sentences (machine words dropped), or '' when it has none. */
export function factsOf(content: string, options: FactOptions = {}): string {
  const facts = sentencesOf(content).flatMap((sentence) => {
    // What the skill asks to be told to the user is for the user, unless it names the machine's things.
    const tell = TELL_USER.exec(sentence);
    const told = tell ? sentence.slice(tell[0].length).trim() : '';
    const bare = !!tell && /用户$/.test(tell[0]);
    if (told && (!bare || SAYS_SOMETHING.test(told))) return options.apis?.some((api) => told.includes(api)) || /【|】/.test(told) ? [] : [told];
    const after = TELL_USER_AFTER.exec(sentence);
    if (after && SAYS_SOMETHING.test(sentence.slice(after.index + after[0].length))) {
      const head = toUser(sentence.slice(0, after.index).replace(ID_KEY, ''));
      const ownHead = isForModel(head, options) ? '' : head;
      const passed = sentence.slice(after.index + after[0].length).trim();
      const machine = options.apis?.some((api) => passed.includes(api)) || /【|】/.test(passed);
      const zh = /[\u4e00-\u9fff]/.test(head);
      if (ownHead) return [machine ? `${ownHead}${zh ? '。' : '.'}` : `${ownHead}${zh ? '，' : '; '}${passed}`];
      return machine ? [] : [/^[a-z]/.test(passed) ? `${passed[0]!.toUpperCase()}${passed.slice(1)}` : passed];
    }
    const own = toUser(sentence.replace(ID_KEY, ''));
    return isForModel(own, options) ? [] : [own];
  });
  return facts.join(' ').replace(/\s+([。，！？])/g, '$1').replace(/([。，！？；])\s+(?=[^\sA-Za-z])/g, '$1').replace(/[，,；;]\s*$/, '。').trim();
}
