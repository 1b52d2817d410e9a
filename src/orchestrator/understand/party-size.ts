import { companyListed } from './company-list.ts';
import { parseNumber } from './parse-number.ts';

const N = String.raw`(\d+|[一二两俩三四五六七八九十])`;
const ADULTS_CHILDREN = new RegExp(String.raw`${N}\s*(?:个)?\s*(?:大人|成人|大)\s*(?:[，,、和加带]\s*)?${N}\s*(?:个)?\s*(?:小孩|儿童|孩子|小)(?![时区])`);
/** 「大人两个小孩一个」「成人2位、儿童1位」: the kinds first, each with its count after it. */
const ADULTS_CHILDREN_AFTER = new RegExp(String.raw`(?:大人|成人)\s*${N}\s*(?:个|位|名)?\s*(?:[，,、和加带]\s*)?(?:小孩|儿童|孩子|小朋友)\s*${N}\s*(?:个|位|名)?`);
/** 「那就我自己去吧」「就我一个」, "just me": the speaker alone. */
const ALONE = /我自己(?:去|来|一个)?(?:吧|就行|就好)?[。！!]?\s*$|我自己(?:再|也|单独|另外)?(?:去)?看|我(?:自己|一个人)(?:一间)?住|\bstaying (?:on my own|alone|by myself)\b|就我一个|就我自己|只我自己|只有我|(?:先|只|就)?给我自己(?:一个人?)?(?:约|订|报|买|预约|预订)|只(?:约|订|报)我一个|我一个人|只给我|就给我|\bjust (?:one )?(?:for )?(?:me|myself)\b|\bonly (?:for )?me\b|\bby myself\b/i;
const PAIR = /俩人|两口子|我们俩|咱俩|我俩|俩老人?(?![师板])/;
/** The group a speaker counts themselves in (「我们宿舍四个」「我们组三个人」). */
const GROUP = '(?:宿舍|寝室|全家|一家|家|组|小组|部门|团队|公司|办公室|一行|这边|几个)';
/** 「我们仨」「咱们四个人」「我们宿舍四个」: the speaker's group, counted. */
const WE_COUNTED = new RegExp(String.raw`(?:我们|咱们|咱)${GROUP}?(?:一共|总共)?(仨|${N.slice(1, -1)})(?!\s*(?:天|晚|夜|小时|个小时|个月|个钟|张|间|点|号|岁|次|份|杯|盒|瓶|包|袋|碗|件|斤|公斤|克|块|元))`);
/** 「一家三口」「全家四口」, "a family of four", "the three of us": a count said of a household or a group. */
const COUNTED = new RegExp(String.raw`(?:一|全)家(?:人|子)?${N}口|一家人${N}个|家里${N}口人|\bfamily of (\d+|two|three|four|five|six)\b|\b(?:the\s+)?(\d+|two|three|four|five|six)\s+of\s+us\b`, 'i');
const EN_COUNT = ['two', 'three', 'four', 'five', 'six'];
/** "two adults and a kid", "1 adult + 2 children". */
const EN_ADULTS_CHILDREN = /\b(\d+|one|two|three|four|five|six)\s+adults?\b[^.?!]{0,16}?\b(\d+|a|an|one|two|three|four)\s+(?:kids?|child|children)\b/i;
/** "my wife and I", "my son and me": the person named and the speaker. */
const PAIR_EN = /\bmy\s+[a-z]+\s+and\s+(?:i|me)\b/i;
/** English words for two people at once ("my parents", "the grandparents"). */
const PAIR_EN_WORD = /\b(?:parents|grandparents|in-laws|folks)\b/gi;
const EN_SMALL = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six'];
/** 「我和老婆」「我想跟朋友」, "me and my kid": the speaker and the people listed with them. */
const WITH_ZH = /(?:我|咱)(?:想|要|打算|准备|今晚|明天|周末)?(?:和|跟|与|带着?|同)(?:我的?)?([\u4e00-\u9fff]{1,4})((?:[、和跟与][\u4e00-\u9fff]{1,4})*)/;
/** 「带爸妈」「带上老婆」: family brought along by the speaker (「带孩子」 says no number of children). */
const BROUGHT = /(?<![我咱你他她])带(?:着|上)?(?:我的?)?((?:爸妈|女儿|儿子|闺女|父母|爸爸妈妈|公婆|岳父母|爷爷奶奶|外公外婆|姥姥姥爷|俩孩子|两个孩子|俩娃|两个娃|俩小孩|两个小孩|老婆|老公|媳妇|女朋友|男朋友|对象|老爸|老妈|爸|妈)(?:[和跟与、]?(?:爸妈|父母|公婆|岳父母|爷爷奶奶|外公外婆|老婆|老公|媳妇|孩子|儿子|女儿|闺女|女婿|儿媳))*)/;
/** Words for family and company said run together (「老婆孩子」「女儿女婿」), each one person or, for a pair word, two. */
const KIN_WORDS = '孩子他妈|孩子他爸|孩子妈|孩子爸|爸爸妈妈|爸妈|父母|公婆|岳父母|爷爷奶奶|外公外婆|姥姥姥爷|俩孩子|两个孩子|俩娃|两个娃|俩小孩|两个小孩|老婆|老公|媳妇|孩子|儿子|女儿|闺女|女婿|儿媳|女朋友|男朋友|对象|老爸|老妈|爸爸|妈妈|朋友|同事|同学|爸|妈';
const KIN = new RegExp(KIN_WORDS, 'g');
/** 「替我岳父母订…」「帮我老婆买…」: family a booking is made for by the speaker, who does not go. */
const FOR_KIN = new RegExp(`(?:给|替|帮)我的?((?:${KIN_WORDS})(?:[、和跟与]?(?:${KIN_WORDS}))*)(?:[^，,。；;！!？?]{0,8}?)(?:订|买|约|预订|预约|报名?|开|定)`);
/** 「想和我老婆看…」: the speaker left unsaid before 和, their own people after it. */
const WITH_MINE_ZH = new RegExp(`(?:想|要|打算|准备)?(?:和|跟|同)我的?((?:${KIN_WORDS})(?:[、和跟与]?(?:${KIN_WORDS}))*)`);
const PAIR_OF = /^(?:爸爸妈妈|爸妈|父母|公婆|岳父母|爷爷奶奶|外公外婆|姥姥姥爷|俩孩子|两个孩子|俩娃|两个娃|俩小孩|两个小孩)$/;
/** "me and two coworkers", 「我和两个同事」: the speaker and as many others as are counted. */
const WITH_COUNTED_EN = /\b(?:me|myself|i)\s+(?:and|&|plus|with)\s+(?:my\s+)?(\d+|two|three|four|five|six)\s+(?:of\s+my\s+|other\s+)?[a-z]+/i;
/** "my wife, my son and I": each person "my" names, listed with the speaker. */
const LIST_EN = /\b(my\s+[a-z]+(?:\s*,\s*my\s+[a-z]+)*)\s*,?\s+and\s+(?:i|me)\b/i;
const WITH_COUNTED_ZH = new RegExp(String.raw`(?:我|咱)(?:想|要|打算|准备)?(?:和|跟|与|带着?|同)(?:我的?)?(?:另外|其他|别的)?${N}\s*(?:个|位|名)`);
const WITH_EN = /\b(?:me|myself|i)\s+(?:and|&|plus|with)\s+(?:my\s+)?[a-z]+((?:\s*(?:,|and)\s+(?:my\s+)?[a-z]+)*)/i;

/** 「四个人」「3位」, "3 people", "for six", "a party of four": people counted in so many words. */
const PEOPLE_ZH = new RegExp(String.raw`(?<![\d.])${N}\s*(?:个|位|名)?\s*(?:人)(?![民员工家生数次份间])|(?<![\d.])${N}\s*位(?![数置子])`);
/** 「五个同事一起去团建」「三位客人」: so many people of a kind counted, not listed with the speaker (「我和两个同事」 is three). */
const COMPANY_ZH = new RegExp(String.raw`(?<![和跟与带同着上外他的加]\s*)(?<![\d.])${N}\s*(?:个|位|名)\s*(?:同事|朋友|同学|客人|家人|老人|大人|成人|队友)`);
const PEOPLE_EN = /\b(\d+|one|two|three|four|five|six|seven|eight)\s+(?:people|persons|adults|guests|pax)\b|\b(?:a\s+)?party of\s+(\d+|two|three|four|five|six|seven|eight)\b|\bfor\s+(\d+|two|three|four|five|six|seven|eight)(?=\s*(?:$|[,.;!]|please\b|people\b|of us\b))/i;

/**
 * How many people a part says go, in so many words (「四个人」, "3 people", "for six") or as
 * `partySize` reads them; undefined when it names no people. Not a rate (「50元一位」).
 */
export function peopleSaid(text: string): number | undefined {
  // 「…，俩」: the pair or the three said alone
  const alone = /^\s*(俩|仨)\s*(?:人|个)?\s*[。！!]?\s*$/.exec(text);
  if (alone) return alone[1] === '俩' ? 2 : 3;
  // 「两个大人一个小孩」, "three adults and a kid": both kinds counted, not the first alone
  const both = adultsAndChildren(text);
  if (both !== undefined) return both;
  const zh = PEOPLE_ZH.exec(text);
  const zhCount = zh && !/(?:每|元|块|钱)\s*$/.test(text.slice(0, zh.index)) ? parseNumber(zh[1] ?? zh[2] ?? '') : undefined;
  if (zh && zhCount !== undefined) return zhCount + joining(text.slice(zh.index + zh[0].length));
  const company = COMPANY_ZH.exec(text);
  if (company && !WITH_COUNTED_ZH.test(text)) return parseNumber(company[1] ?? '');
  const en = PEOPLE_EN.exec(text);
  if (en) return enCount(en.slice(1).find((g) => g !== undefined) ?? '');
  return partySize(text);
}

/**
 * How many people a request counts when it says no number of them: 「两大一小」 is three,
 * 「我和老婆」 two, "me and my kid" two, 「一家三口」 three. Undefined when it does not say.
 */
export function partySize(text: string): number | undefined {
  const both = adultsAndChildren(text);
  if (both !== undefined) return both;
  const counted = COUNTED.exec(text);
  if (counted) {
    const said = counted.slice(1).find((g) => g !== undefined) ?? '';
    const word = EN_COUNT.indexOf(said.toLowerCase());
    const n = word >= 0 ? word + 2 : parseNumber(said);
    if (n !== undefined && n >= 1) return n + joining(text.slice(counted.index + counted[0].length));
  }
  if (ALONE.test(text)) return 1;
  const company = companyListed(text);
  if (company !== undefined) return company;
  const others = WITH_COUNTED_EN.exec(text) ?? WITH_COUNTED_ZH.exec(text);
  const othersCount = others ? enCount(others[1]!) : undefined;
  if (othersCount !== undefined && othersCount >= 1) return 1 + othersCount;
  const listed = LIST_EN.exec(text);
  if (listed) return 1 + (listed[1]!.match(/\bmy\s/gi)?.length ?? 1);
  if (PAIR_EN.test(text)) return 2;
  if (PAIR.test(text)) return 2;
  const we = WE_COUNTED.exec(text);
  const weCount = we ? parseNumber(we[1] ?? '') : undefined;
  if (we && weCount !== undefined) return weCount + joining(text.slice(we.index + we[0].length));
  // 「带爸妈去…」: the speaker and the family brought along, a pair word counting two
  const brought = BROUGHT.exec(text);
  if (brought) return 1 + people(brought[1] ?? '');
  // 「替我岳父母订两张船票」: the people it is for, the speaker not among them
  const forKin = FOR_KIN.exec(text);
  if (forKin) return people(forKin[1] ?? '');
  const zh = WITH_ZH.exec(text);
  if (zh) return 1 + [zh[1] ?? '', ...(zh[2] ?? '').split(/[、和跟与]/).filter(Boolean)].reduce((n, part) => n + people(part), 0);
  const mine = WITH_MINE_ZH.exec(text);
  if (mine) return 1 + people(mine[1] ?? '');
  const en = WITH_EN.exec(text);
  if (en) return 2 + (en[1]?.match(/,|\band\b/g)?.length ?? 0) + (en[0].match(PAIR_EN_WORD)?.length ?? 0);
  return undefined;
}

/** Adults and children each counted (「两大一小」「大人两个小孩一个」, "two adults and a kid"): their sum. */
function adultsAndChildren(text: string): number | undefined {
  const split = ADULTS_CHILDREN.exec(text) ?? ADULTS_CHILDREN_AFTER.exec(text);
  if (split) {
    const adults = parseNumber(split[1] ?? '');
    const children = parseNumber(split[2] ?? '');
    if (adults !== undefined && children !== undefined) return adults + children;
  }
  const mixed = EN_ADULTS_CHILDREN.exec(text);
  return mixed ? (enCount(mixed[1]!) ?? 0) + (enCount(mixed[2]!) ?? 0) : undefined;
}

/** 「…再加上我岳父母」「…还有两个朋友」, "… plus my parents": those said to join a group just counted. */
const JOINING = new RegExp(String.raw`^\s*(?:个|位)?(?:人)?\s*[，,]?\s*(?:再|另外|然后)?(?:加上|外加|加|还有|带上|带着|\bplus\b|\band\b)\s*(?:我的?|\bmy\s+)?(?:(${N.slice(1, -1)}|\d+|two|three|four)\s*(?:个|位|名)?\s*(?:人|朋友|同事|同学|孩子|小孩|大人|老人|客人|\s*(?:friends?|people|kids|colleagues)\b)|((?:${KIN_WORDS})(?:[、和跟与]?(?:${KIN_WORDS}))*)|(parents|grandparents|in-laws|wife|husband|kids?|son|daughter|friend|mum|mom|dad))`, 'i');

function joining(after: string): number {
  const m = JOINING.exec(after);
  if (!m) return 0;
  if (m[1]) return enCount(m[1]) ?? 0;
  if (m[2]) return people(m[2]);
  return m[3] ? (/parents|in-laws|kids/i.test(m[3]) ? 2 : 1) : 0;
}

/** The people one part of a list names: its kin words, a pair word two; a part with none of them, one. */
function people(part: string): number {
  const kin = part.match(KIN) ?? [];
  return kin.length ? kin.reduce((n, word) => n + (PAIR_OF.test(word) ? 2 : 1), 0) : 1;
}

function enCount(word: string): number | undefined {
  const i = EN_SMALL.indexOf(word.toLowerCase());
  return i >= 0 ? Math.max(1, i - 1) : parseNumber(word);
}
