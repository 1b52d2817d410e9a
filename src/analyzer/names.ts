/** A label in the two languages it may carry: 「提交订单并支付 Place order and pay」 → zh + en. */
export function splitLabel(label: string): { zh: string; en: string } {
  const zh = (label.match(/[\u3400-\u9fff\uff00-\uffef（）「」，、]+/g) ?? []).join('').replace(/[（）]+$/, '').trim();
  const en = label.replace(/[\u3400-\u9fff\uff00-\uffef（）「」，、]+/g, ' ').replace(/[^A-Za-z0-9 '&-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return { zh, en: /[A-Za-z]{2,}/.test(en) ? en : '' };
}

/** An API name from English words: "Place order and pay" → placeOrderAndPay. */
export function camelName(words: string): string {
  const parts = words.split(/[^A-Za-z0-9]+/).filter(Boolean).slice(0, 5);
  return parts.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
}

export function pascal(word: string): string {
  return word ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** `restaurants` → restaurant, `addresses` → address, `lunchSlots` → lunchSlot, `dishList` → dish. */
export function singular(word: string): string {
  const w = word.replace(/(List|_list|Items)$/, '');
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/ss$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The ID parameter a list's items give: `restaurants` → restaurantId. */
export function idParamOf(listKey: string): string {
  return `${singular(listKey)}Id`;
}

/** A data key used as a parameter name: `fromId` as a name to match → `from`. */
export function withoutIdSuffix(key: string): string {
  const bare = key.replace(/(Id|ID|_id)$/, '');
  return bare || key;
}

/** What the options of one choice have in common at the start is not what tells them apart: 「预订大厅」「预订包间」 → 大厅, 包间. */
export function distinctParts(labels: string[]): string[] {
  if (labels.length < 2) return labels;
  let prefix = 0;
  const shortest = Math.min(...labels.map((l) => l.length));
  while (prefix < shortest && labels.every((l) => l[prefix] === labels[0]![prefix])) prefix++;
  return labels.map((l) => l.slice(prefix).trim() || l);
}

/** Whether a parameter name reads as a date or a time (the value format then says so). */
export function valueFormat(name: string, mode?: string): 'date' | 'time' | undefined {
  if (mode === 'date' || /date|day$/i.test(name)) return 'date';
  if (mode === 'time' || /time$|slot$|clock/i.test(name)) return 'time';
  return undefined;
}
