/**
 * Everyday words for the same way of doing a thing, in Chinese and English: a skill glosses
 * `delivery` as 外送到家, a person says 「送到…」「送个体温计」 or "bring it over". General
 * vocabulary of fulfilment and service (what any shop or booking app offers), never a
 * mini-program's own names. A kin word counts for an option only where no other option of
 * the same parameter shares the group.
 */
const KIN: readonly (readonly string[])[] = [
  // brought to the person
  ['外送', '配送', '送到', '送货', '送上门', '送过来', '送来', '送个', '送几', '送点', '送些', ...[...'一两二三四五六七八九十'].map((n) => `送${n}`),
    '外卖', '到家', 'deliver', 'delivery', 'delivered', 'bring it', 'send it', 'drop it off',
    'send a ', 'send an ', 'send the ', 'send me ', 'send them ', 'send over', 'ship it',
    '送家里', '送到家', '寄给', '寄到', '寄过来', '快递', 'mail it', 'mail them', 'ship them', 'ship to', 'have it sent', 'have them sent', 'to my door', 'to my place'],
  // fetched by the person
  ['自取', '自提', '到店取', '到店拿', '过去拿', '过来拿', '去拿', '来拿', '自己拿', '去取', '来取', '取货', '提货', '到店', 'pick up', 'pickup', 'pick it up', 'pick them up', 'pick those up', 'pick these up', 'pick mine up', 'collect', 'take away', 'takeaway', 'to go',
    '店里拿', '店里取', '门店拿', '门店取', '店拿', '店取', '自己去', '亲自去', '去店里', '到店里',
    'grab it', 'grab them', 'grab those', 'grab these', 'grab mine', 'get it at', 'get them at',
    'fetch it', 'fetch them', 'swing by', 'stop by', 'drop by', 'come by', 'come in to', 'in store', 'in-store'],
  // eaten or used there
  ['堂食', '店里吃', '在店里', '店内', 'dine in', 'eat in', 'for here'],
  // the better place of a venue: its middle, its best seats (「中间的位置」, "somewhere central")
  ['中间', '居中', '正中', '好位置', '好座位', '好一点的位置', '好点的位置', 'middle', 'centre', 'center seat', 'central', 'good seats', 'best seats', 'better seats', 'good spot', 'best spot'],
  // a room of its own at a venue (a restaurant's, a teahouse's)
  ['包间', '包厢', '包房', '雅间', '单间', 'private room', 'private dining', 'own room'],
  // the open floor of a venue
  ['大厅', '大堂', '散座', '散台', 'main hall', 'main floor', 'main dining', 'open floor'],
  // done at the person's place
  ['上门', '到府', '来家里', 'at home', 'home visit', 'come over'],
  // paid now, this time only
  ['单次付费', '直接付', '单独付', '现付', '按次付', '付现', 'pay per', 'pay directly', 'pay separately', 'pay as you go', 'pay for this one'],
  // paid from what the person already holds (a class pack, a stored-value card, points)
  ['次卡', '扣次', '储值卡', '会员卡', '卡里的', '积分', 'class pack', 'class-pack', 'credits', 'membership card', 'stored value'],
];

/** The kin words of the glosses of one option that no other option's glosses share a group with. */
export function kinWords(own: readonly string[], others: readonly string[]): string[] {
  const groupsOf = (glosses: readonly string[]) =>
    KIN.filter((group) => glosses.some((gloss) => group.some((word) => gloss.toLowerCase().includes(word))));
  const taken = new Set(groupsOf(others));
  return groupsOf(own).filter((group) => !taken.has(group)).flat();
}
