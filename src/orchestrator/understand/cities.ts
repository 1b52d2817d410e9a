/**
 * China's larger cities, and its best-known places, with the English names people write them
 * in: general geography, so a city said in a request fills a skill's city filter (「上海有几家
 * 影城」, "cinemas in Shanghai") before any list has been read, and "the Bund hotel" finds the
 * store a skill names only in Chinese (…外滩店).
 */
const CITIES: readonly [zh: string, ...en: string[]][] = [
  ['北京', 'beijing', 'peking'], ['上海', 'shanghai'], ['广州', 'guangzhou', 'canton'], ['深圳', 'shenzhen'], ['杭州', 'hangzhou'],
  ['成都', 'chengdu'], ['重庆', 'chongqing'], ['武汉', 'wuhan'], ['西安', "xi'an", 'xian'], ['南京', 'nanjing'], ['天津', 'tianjin'],
  ['苏州', 'suzhou'], ['长沙', 'changsha'], ['郑州', 'zhengzhou'], ['青岛', 'qingdao'], ['厦门', 'xiamen'], ['昆明', 'kunming'],
  ['大连', 'dalian'], ['沈阳', 'shenyang'], ['哈尔滨', 'harbin'], ['济南', 'jinan'], ['合肥', 'hefei'], ['福州', 'fuzhou'],
  ['宁波', 'ningbo'], ['无锡', 'wuxi'], ['东莞', 'dongguan'], ['佛山', 'foshan'], ['南昌', 'nanchang'], ['贵阳', 'guiyang'],
  ['南宁', 'nanning'], ['太原', 'taiyuan'], ['石家庄', 'shijiazhuang'], ['兰州', 'lanzhou'], ['乌鲁木齐', 'urumqi'], ['呼和浩特', 'hohhot'],
  ['海口', 'haikou'], ['三亚', 'sanya'], ['拉萨', 'lhasa'], ['西宁', 'xining'], ['银川', 'yinchuan'], ['珠海', 'zhuhai'],
  ['香港', 'hong kong'], ['澳门', 'macau', 'macao'], ['台北', 'taipei'],
];

/** A city's name that is part of a street's or a dish's (南京西路, 北京路, 北京烤鸭) is no city said. */
const NOT_THE_CITY = /^(?:[东西南北中]?[路街道巷弄]|大道|大街|烤鸭|炸酱|菜|话|时间)/u;

/** Each city's English names as one pattern, built once: a name followed by "road" is a street's. */
const ENGLISH = new Map(CITIES.map(([zh, ...en]) => [zh, new RegExp(`\\b(?:${en.join('|')})\\b(?!\\s+(?:(?:east|west|north|south|middle|central)\\s+)?(?:road|rd|street|st|avenue|ave|lu)\\b)`, 'i')]));

/** Whether the text says the city (a Chinese name not part of a street's, or an English one). */
function says(text: string, zh: string, latin: boolean): boolean {
  for (let at = text.indexOf(zh); at >= 0; at = text.indexOf(zh, at + 1)) if (!NOT_THE_CITY.test(text.slice(at + zh.length))) return true;
  return latin && ENGLISH.get(zh)!.test(text);
}

/** What a thing is about (「那部讲哈尔滨旧书店…的片子」, "the documentary set in Harbin"): no city the user is in or wants. */
const ABOUT = /(?:讲|讲的是|关于|说的是|拍的是|描写)[^，,。；;？?！!的]*|\b(?:set in|takes place in|(?:film|movie|documentary|show|book|story|one) about)\b[^,.;?!]*/gi;

/** The one city a text names, in Chinese (「上海」 for "in Shanghai"); undefined where it names none or several. */
export function cityOf(request: string): string | undefined {
  const text = request.replace(ABOUT, ' ');
  const latin = /[a-z]/i.test(text);
  const said = CITIES.filter(([zh]) => says(text, zh, latin));
  return said.length === 1 ? said[0]![0] : undefined;
}

/** Every city a text names, in Chinese, in the order of the list (「广州 或 深圳」, "Guangzhou, Shenzhen"). */
export function citiesIn(text: string): string[] {
  return CITIES.filter(([zh]) => says(text, zh, true)).map(([zh]) => zh);
}

/** A city's English name, capitalised ("Hangzhou"); the Chinese name where none is known. */
export function cityInEnglish(zh: string): string {
  const en = CITIES.find(([name]) => name === zh)?.[1];
  return en ? en.replace(/(?:^|(?<= ))[a-z]/g, (c) => c.toUpperCase()) : zh;
}

/** Places known by an English name that is not their pinyin (pinyin is matched apart: `pinyin-names.ts`). */
const PLACES: readonly [zh: string, en: RegExp][] = [
  ['外滩', /\bthe bund\b|\bbund\b/i], ['西湖', /\bwest lake\b/i], ['故宫', /\bforbidden city\b|\bpalace museum\b/i],
  ['颐和园', /\bsummer palace\b/i], ['天坛', /\btemple of heaven\b/i], ['长城', /\bgreat wall\b/i], ['天安门', /\btian'?anmen\b/i],
  ['南京西路', /\bnanjing (?:west|w\.?) road\b/i], ['南京东路', /\bnanjing (?:east|e\.?) road\b/i], ['南京路', /\bnanjing road\b/i], ['人民广场', /\bpeople'?s square\b/i], ['豫园', /\byu garden\b|\byuyuan\b/i],
  ['东方明珠', /\boriental pearl\b/i], ['鸟巢', /\bbird'?s nest\b/i], ['三里屯', /\bsanlitun\b/i], ['西单', /\bxidan\b/i],
  ['王府井', /\bwangfujing\b/i], ['火车站', /\b(?:railway|train) station\b/i], ['机场', /\bairport\b/i], ['江景', /\briver ?view\b/i],
  ['湖景', /\blake ?view\b/i], ['海景', /\bsea ?view\b|\bocean ?view\b/i],
];

/** The Chinese names of the places an English text says by their English names ("the Bund" → 外滩). */
export function placeWords(text: string): string {
  return PLACES.filter(([, en]) => en.test(text)).map(([zh]) => zh).join(' ');
}
