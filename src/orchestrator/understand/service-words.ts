import { complaintWords } from './complaint-words.ts';
import { detectLanguage } from './language.ts';

/**
 * Everyday words of services in English and the Chinese a skill written only in Chinese
 * uses for them. General vocabulary (what any booking, ordering or paying app says), never
 * a mini-program's own names: those come from its results (names, nameEn, pinyin).
 */
const THINGS: [RegExp, string][] = [
  [/\b(movies?|films?|showing|shows|screenings?|showtimes?|on at)\b/i, '电影 影片 上映 场次'],
  [/\b(cinemas?|movie theaters?|movie theatres?|theaters?|theatres?)\b/i, '影城 影院 电影'],
  [/\b(?:tickets?|tix)\b/i, '票 购票 场次'],
  [/\bseats?\b/i, '座位 座'],
  [/\b(combos?|popcorn|snacks?)\b/i, '套餐 小食 爆米花'],
  [/\b(clean|cleans|cleaning|cleaner|cleaners|housekeeping|maid|tidy)\b/i, '保洁 清洁 上门'],
  [/\bwindows?\b/i, '擦玻璃 玻璃'],
  [/\b(fridge|refrigerator)\b/i, '冰箱'],
  [/\b(range hood|hood|extractor)\b/i, '油烟机'],
  [/\b(class|classes|lessons?|sessions?|workout)\b/i, '课 团课 课程 约课'],
  // "a pack of masks" measures a thing, it is no class pack
  [/\b(pack(?!s? of\b)|passes|pass|punch card)\b/i, '次卡 团课卡'],
  [/\b(personal trainer|personal training|one-on-one (?:session|class|training)|pt session)\b/i, '私教 私教课'],
  [/\b(coach|coaches|trainer|instructor|teacher)\b/i, '教练 老师'],
  [/\b(cycling|spin class|spin|spinning|bike class|indoor bike)\b/i, '动感单车'],
  [/\byoga\b/i, '瑜伽'],
  [/\bpilates\b/i, '普拉提'],
  [/\b(swim|swimming)\b/i, '游泳'],
  [/\b(address|home|my place|apartment|flat)\b/i, '地址 家 上门'],
  [/\b(store|shop|branch|location)\b/i, '门店 店'],
  [/\b(gym|fitness|club|clubs)\b/i, '健身 门店'],
  // stays
  [/\b(hotels?|inn|hostel|stay|lodging)\b/i, '酒店 住宿 入住'],
  [/\b(rooms?|single bed)\b/i, '房间 房型'],
  [/\bking(?:[- ]size)?\b|\b(?:one |a )?(?:big|large|double|queen)(?:[- ]size)? bed\b/i, '大床房'],
  [/\btwin\b|\btwo (?:single )?beds\b/i, '双床房'],
  [/\bsomewhere to (?:crash|sleep|stay)\b|\ba place to (?:crash|sleep|stay)\b/i, '酒店 住宿'],
  [/\bsuites?\b/i, '套房'],
  [/\bfamily room\b/i, '家庭房'],
  // (a view is no kind of thing: "lake-view" tells rooms apart, below, and names no service)
  // (a count of nights is a stay; "tomorrow night" is only when)
  [/\b(?:\d+|one|two|three|four|five|six|seven|a couple of|a few|several|per|a)\s+nights?\b|\bnights?\s+(?:stay|at|in)\b|\bovernight\b/i, '晚 住'],
  [/\b(check[- ]?in|check[- ]?out)\b/i, '入住 离店'],
  [/\bbreakfast\b/i, '早餐'],
  // health
  [/\b(pharmacy|pharmacies|drugstore|chemist)\b/i, '药房 药店 买药'],
  [/\b(medicine|medicines|meds|drugs?|pills?|tablets?|capsules?|painkillers?|ibuprofen|paracetamol|tylenol|cold medicine|cough)\b/i, '药 药品 感冒 止痛'],
  [/\b(vitamins?|supplements?)\b/i, '维生素 保健'],
  [/\b(masks?|face masks?)\b/i, '口罩'],
  [/\b(?:forehead|infrared|ear|temp(?:erature)?) (?:thermometers?|guns?)\b|\bthermometer guns?\b/i, '额温枪'],
  [/\b(?<!forehead |infrared |ear )(thermometers?)\b/i, '体温计'],
  // ("something to take my temperature": what one takes it with)
  [/\b(?:check|take|measure|read)(?:ing)? (?:my |his |her |the |their |your |a |someone'?s )?(?:body |kid'?s |child'?s |baby'?s )?temperature\b/i, '体温计'],
  [/\b(prescription|rx)\b/i, '处方'],
  [/\b(doctor|clinic|hospital|dentist|physician)\b/i, '医生 医院 挂号 门诊'],
  // getting things to people
  [/\b(deliver|delivery|delivered|send it)\b/i, '外送 配送 送到'],
  [/\b(pick ?up|collect)\b/i, '自取 到店'],
  [/\b(parcel|package|courier|express)\b/i, '快递 寄件'],
  // "how much to ship a 3 kg box": sending a thing of one's own (not "ship it", a shop's delivery of an order)
  [/\b(?:to ship|ship (?:a|an|my|this|these|those|some|two|three|\d[\d.]*))\b/i, '快递 寄件'],
  // food and drink
  [/\b(restaurant|table|dinner|lunch)\b/i, '餐厅 订座 餐位'],
  [/\b(private (?:dining )?rooms?|private dining)\b/i, '包间 包厢'],
  [/\b(vegetarian|vegan)\b/i, '素食 素菜'],
  [/\b(sichuan|szechuan|spicy food)\b/i, '川菜'],
  [/\b(cantonese|dim sum)\b/i, '粤菜 早茶'],
  [/\b(hot ?pot)\b/i, '火锅'],
  [/\b(italian|western food|steak)\b/i, '西餐 意大利菜'],
  [/\b(japanese food|sushi|ramen)\b/i, '日料 日本料理'],
  [/\b(seafood)\b/i, '海鲜'],
  [/\b(barbecue|bbq)\b/i, '烧烤'],
  [/\b(coffee|latte|americano|cappuccino|tea)\b/i, '咖啡 饮品'],
  [/\b(takeaway|takeout|food delivery)\b/i, '外卖'],
  // dishes ordered in (a fast-food meal, noodles, a rice bowl): what a takeaway menu lists
  [/\b((?:cheese|chicken|beef)?burgers?|hamburgers?|fries|fried chicken|nuggets)\b/i, '汉堡 炸鸡 薯条 外卖'],
  [/\b(noodles?|dumplings?|rice bowls?|fried rice)\b/i, '面 饺子 盖饭 炒饭 外卖'],
  [/\b(salads?|poke)\b/i, '沙拉 轻食'],
  [/\b(coke|cola|sprite|soda|soft drinks?)\b/i, '可乐 饮料'],
  // getting around
  [/\b(taxi|cab|ride|car)\b/i, '打车 叫车 车'],
  [/\b(train|rail|high-speed)\b/i, '火车 高铁 车票'],
  [/\b(flight|plane)\b/i, '机票 航班'],
  // home and bills
  [/\b(bill|bills|electricity|water bill|gas bill|utilities)\b/i, '缴费 电费 水费 燃气费'],
  [/\b(top[- ]?up|recharge|phone credit)\b/i, '充值 话费'],
  [/\b(repair|plumber|electrician|fix)\b/i, '维修 上门'],
  [/\b(haircut|salon|barber)\b/i, '理发 美发'],
];

/**
 * Words of asking and doing (book, cancel, how much): every service says them, so they choose
 * what to do within a mini-program, never which mini-program — a price question about a ride is
 * not a bill because a bill skill says 费用.
 */
const ACTS: [RegExp, string][] = [
  [/\b(book|booking|reserve|reservation|appointment|schedule|get me into|sign me up)\b/i, '预约 预订 约 订 下单'],
  [/\b(bookings|appointments|reservations|my orders|booked)\b/i, '我的预约 查询 订单'],
  [/\b(cancel|call off)\b/i, '取消 退'],
  [/\brefund\b/i, '退款 退票'],
  [/\b(reschedule|move it|change the time)\b/i, '改时间 改期 改到'],
  [/\b(price|prices|cost|costs|how much|fee|fees)\b/i, '价格 多少钱 费用'],
  [/\b(buy|purchase)\b/i, '买 购买'],
];

/**
 * Everyday Chinese for things a skill names in its own words (「擦窗户」 for 擦玻璃, 「打扫」 for
 * 保洁): general vocabulary of home and shop services, never a mini-program's names.
 */
const ZH_THINGS: [RegExp, string][] = [
  [/擦窗|窗户|玻璃窗/u, '擦玻璃 玻璃'],
  [/打扫|大扫除|收拾屋|收拾房/u, '保洁 清洁'],
  [/看病|看医生|看大夫|瞧病/u, '挂号 门诊 医生'],
  [/电影院|影院/u, '影城 电影'],
  [/药店|药房/u, '药房 药店 药品'],
  // 「买点吃的喝的」: food and drink in general, in the words a menu of them is filed under
  // (「小孩也能吃的退烧药」 says what a thing is for, and names no food)
  [/吃的喝的|喝的吃的|(?:买|点|来|要|带|弄)(?:点|些|一些)?(?:吃的|喝的)|零食|吃点(?:东西|啥|什么)|垫垫肚子/u, '小食 小吃 零食 饮料 饮品'],
  [/开房|住一晚|住两晚|住几晚|住宿/u, '酒店 入住'],
  // 「想一早过去练」: going to work out is what a gym is for, whatever store name a café shares with it
  [/锻炼|撸铁|(?:过去|去|来)练|练(?:一练|练|会儿|一会)/u, '健身 团课 课程'],
  // 「练练拳」「打打拳」: boxing, in any gym's words for it
  [/练(?:练|一下|会儿)?拳|打(?:打)?拳(?!头)/u, '拳击 搏击'],
];

/**
 * The request with, for each everyday word, the one Chinese name a skill most often gives that
 * thing (「把窗户擦了」 → 擦玻璃, 「打扫」 → 保洁, "the fridge" → 冰箱), each a phrase of its own: for telling apart
 * the things of one list, where a looser word (清洁) would name another of them.
 */
export function withSkillNames(text: string): string {
  const vocabulary = detectLanguage(text) === 'en' ? THINGS : ZH_THINGS;
  const added = vocabulary.filter(([word]) => word.test(text)).map(([, zh]) => zh.split(' ')[0]!);
  return added.length ? `${text}，${added.join('，')}` : text;
}

/** The Chinese request with the words a skill uses for its everyday ones. */
function withSkillWords(text: string): string {
  const added = ZH_THINGS.filter(([word]) => word.test(text)).map(([, zh]) => zh);
  return added.length ? `${text} ${added.join(' ')}` : text;
}

/** The request with the Chinese words for its English ones, so an English request finds a skill written in Chinese. */
export function withChineseWords(text: string): string {
  if (detectLanguage(text) !== 'en') return withSkillWords(text);
  const added = [...THINGS, ...ACTS].filter(([word]) => word.test(text)).map(([, zh]) => zh);
  return added.length ? `${text} ${added.join(' ')}` : text;
}

/**
 * The words of an English request that say which service it is for: its words of asking and
 * doing left out ("how much", "book"), the Chinese for its things added.
 */
export function serviceWords(text: string): string {
  if (detectLanguage(text) !== 'en') return withSkillWords(text);
  const things = ACTS.reduce((t, [word]) => t.replace(new RegExp(word.source, 'gi'), ' '), text).replace(/\s+/g, ' ').trim();
  // ("period cramps again, anything for that?": a complaint asks for a remedy, in the words a list of them uses)
  const complaints = complaintWords(text).flat();
  const added = [...THINGS.filter(([word]) => word.test(text)).map(([, zh]) => zh), ...(complaints.length ? [...complaints, '药品'] : [])];
  return added.length ? `${things} ${added.join(' ')}` : things;
}

const CHINESE_THING_WORDS = [...new Set(THINGS.flatMap(([, zh]) => zh.split(' ')))].filter((w) => w.length >= 2 || w === '票' || w === '药');

/**
 * Only the words of the things a request is about, in Chinese (「酒店 房间」 for "a twin room at
 * the hotel"; for a Chinese request, the everyday thing words it says): what says which service
 * when a name in it belongs to another.
 */
/** The Chinese of the ways things are fetched (delivered, picked up, at a store or at home): every shop says them. */
const WAYS = new Set(['外送', '配送', '送到', '自取', '到店', '门店', '店', '地址', '家', '上门']);

/** The thing words of a text without the ways of fetching them: what a thing is, not how it comes. */
export function thingsOnly(words: string): string {
  return words.split(' ').filter((w) => w && !WAYS.has(w)).join(' ');
}

export function thingWords(text: string, { exact = false } = {}): string {
  // `exact`: only an English word with one Chinese word for it ("thermometer" → 体温计), not a kind of things ("room")
  // a complaint said ("a sore throat", 「拉肚子」) asks for a remedy: medicine is the thing
  const remedy = !exact && complaintWords(text).length ? ['药 药品'] : [];
  if (detectLanguage(text) === 'en') return [...THINGS.filter(([word, zh]) => word.test(text) && (!exact || !zh.includes(' '))).map(([, zh]) => zh), ...remedy].join(' ');
  return [...CHINESE_THING_WORDS.filter((word) => text.includes(word)), ...remedy].join(' ');
}

/**
 * English words that tell things of one kind apart, with the Chinese a name says them in (「儿童」 of a
 * children's one, 「成人」 of an adult's, 「海」 of a sea view): read only to choose among
 * things a kind word already named, never to route.
 */
const TELLING: [RegExp, string][] = [
  [/\bsurgical\b/i, '外科'],
  [/\bmedical\b/i, '医用'],
  [/\b(digital|electronic)\b/i, '电子'],
  [/\b(infrared|non-contact)\b/i, '红外'],
  [/\bdisposable\b/i, '一次性'],
  [/\bchewable\b/i, '咀嚼'],
  [/\b(child(?:ren)?'?s?|kids?'?|pediatric)\b/i, '儿童'],
  [/\badults?'?\b/i, '成人'],
  [/\briver\b/i, '江'],
  [/\blake\b/i, '湖'],
  [/\b(sea|ocean)\b/i, '海'],
  [/\bmountain\b/i, '山'],
  [/\bview\b/i, '景'],
  [/\b(deluxe|luxury)\b/i, '豪华'],
  [/\bbusiness\b/i, '商务'],
  [/\bexecutive\b/i, '行政'],
  [/\bstandard\b/i, '标准'],
];

/** The Chinese of an English text's words that tell things of one kind apart (empty for a Chinese text). */
export function tellingWords(text: string): string {
  if (detectLanguage(text) !== 'en') return '';
  return TELLING.filter(([word]) => word.test(text)).map(([, zh]) => zh).join(' ');
}
