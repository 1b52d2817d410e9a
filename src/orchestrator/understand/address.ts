/**
 * A street address said in a request: 「送到徐汇区天钥桥路500弄3号1202」, 「地址滨江区江南大道588号」,
 * "to 88 Huancheng North Road, Hangzhou". Only what reads as an address counts (a road, a number,
 * a building), so 「送到家」 or "to the Bund" is none; a part of its own that is a road and its number is one.
 */
const ZH_LEAD = /(?:(?:送|寄|配送)[^，,。；;！!？?\n]{0,16}?(?:到|至|去)|收货地址|详细地址|地址)\s*(?:是|为|[:：])?\s*/g;
const ZH_PART = /[^，,。；;！!？?\n]{4,60}/y;
// ("to my place (东堤路18号…)": the place named before the address, and its bracket, lead it too)
const EN_LEAD_ZH = /\b(?:to|at)\s+(?:(?:my|our|the)\s+(?:place|home|flat|apartment|office|house)\s*)?[(（]?\s*(?=[\u4e00-\u9fff])/gi;
/** A Chinese address as it stands in English words: Han characters, digits and a building's letters, up to the next English word. */
const ZH_IN_EN = /[\u4e00-\u9fff][\u4e00-\u9fff\d\s#\-A-Za-z]{3,60}?(?=\s+[A-Za-z]{3,}|[.,;!?，。；！？)）]|$)/y;
const ZH_ADDRESS = /[路街道巷弄里村镇区县]\S*?\d|\d+\s*(?:号|弄|栋|幢|楼|室|层|单元)|大厦|小区|公寓|花园|广场\S*\d/;
const EN_ADDRESS = /\b(\d+[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){0,4}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Alley|Lu|Jie|Dao)\b\.?(?:\s+(?:North|South|East|West|Middle|Central)\b)?(?:\s*,\s*(?:(?!(?:tomorrow|today|tonight|at|on|by|for|and|or|please|next|this|before|after|around|from|to|the|it|them|asap|now|phone|tel|mobile|cell|contact|call|number|what'?s?|how|when|where|which|who|why|is|are|can|could|will|would|do|does|i|i'm|we|my|our|also|plus|with|thanks?)\b)(?:[A-Z][\w'-]*|\d+[A-Za-z]?)\s*){1,5}|\s*,?\s*(?:apt|apartment|unit|room|floor|suite|flat|tower|building|bldg)\.?\s*#?\w+){0,3})/i;

export function findAddress(text: string): string | undefined {
  for (const lead of text.matchAll(ZH_LEAD)) {
    ZH_PART.lastIndex = lead.index + lead[0].length;
    // (「能送两盒到江南大道588号酒店吗？」: the word that makes it a question is no part of where)
    const part = ZH_PART.exec(text)?.[0]?.trim().replace(/(?<=\p{Script=Han})(?:吗|么|嘛|呢|不|没|行吗|可以吗|好吗)$/u, '');
    if (part && ZH_ADDRESS.test(part)) return part;
  }
  // "…to my place at 海港区东堤路18号 望海大厦3座1702": a Chinese address in an English request, after "to" or "at"
  for (const lead of text.matchAll(EN_LEAD_ZH)) {
    ZH_IN_EN.lastIndex = lead.index + lead[0].length;
    const part = ZH_IN_EN.exec(text)?.[0]?.trim();
    if (part && ZH_ADDRESS.test(part)) return part;
  }
  const en = EN_ADDRESS.exec(text)?.[1]?.trim();
  if (en) return en.replace(/[,\s]+$/, '');
  // a part of its own that is plainly an address (「…，徐汇区天钥桥路500弄3号」)
  // (or a road and its number alone, 「滨河东路88号」, 「青石巷12号3幢」)
  const part = text.split(/[，,。；;！!？?\n]|\.(?=\s|$)/).map((p) => p.trim()).find((p) => /[区县市]\S*[路街道巷弄]\S*\d+\s*号/.test(p) || /^(?![我在住])\p{Script=Han}{1,10}[路街道巷弄]\d+\s*号/u.test(p));
  // 「收件人王芳 13700001111 浦东新区世纪大道100号」: the name and the phone said before it are no part of it
  // (「她住滨海区渡口路18号」「收货人住在…」: who lives there is no part of it either)
  const words = part?.replace(/^(?:\p{Script=Han}{1,5}?(?:住在|家住|住|家在)|住在|家住)(?=\S*[区县市路街道巷弄])/u, '').split(/\s+/) ?? [];
  const from = words.findIndex((word) => /[省市区县]/u.test(word));
  return from > 0 ? words.slice(from).join(' ') : words.join(' ') || undefined;
}

/** Whether a parameter takes a street address (its name or description says so). */
export function takesAddress(name: string, description: string | undefined): boolean {
  return /address|addr$/i.test(name) || /^(?:[^，,。]{0,12})(?:地址|address)/i.test(description ?? '');
}
