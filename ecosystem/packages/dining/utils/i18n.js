// Messages in the diner's language (wx.getSystemInfoSync().language: zh_CN or en), and
// English names for the Chinese words of the data (cities, areas, cuisines, tags).
const EN = {
  北京: 'Beijing', 上海: 'Shanghai',
  国贸: 'Guomao', 三里屯: 'Sanlitun', 故宫: 'Forbidden City', 外滩: 'The Bund', 新天地: 'Xintiandi', 静安寺: "Jing'an Temple",
  京菜: 'Beijing', 川菜: 'Sichuan', 粤菜: 'Cantonese', 私房菜: 'Private kitchen', 意大利菜: 'Italian', 本帮菜: 'Shanghainese', 素食: 'Vegetarian',
  商务宴请: 'Business dining', 包间: 'Private rooms', 安静: 'Quiet', 朋友聚会: 'Friends', 热闹: 'Lively', 辣: 'Spicy',
  早茶: 'Dim sum', 约会: 'Date night', 景观: 'View', 西餐: 'Western', 家常: 'Home-style',
};

const ROOM_NAMES = { zh: { hall: '大厅', private: '包间' }, en: { hall: 'hall table', private: 'private room' } };

const MESSAGES = {
  zh: {
    unknownRestaurant: '没有找到餐厅「{id}」，请回到首页选择餐厅。',
    badDate: '日期「{date}」无效，请选择就餐日期。',
    pastDate: '{date} 已经过去了，请选择今天或以后的日期。',
    tooFar: '只能预订 {days} 天内的座位（最晚 {lastDate}），请换一个日期。',
    badTime: '请选择餐厅的预订时段：午市 {lunch}；晚市 {dinner}。',
    pastTime: '今天 {time} 已经过了，请选择更晚的时段或其他日期。',
    badParty: '用餐人数需要是 1 到 {max} 之间的整数；更多人数请直接致电餐厅。',
    badRoom: '请选择大厅或包间。',
    noHall: '{restaurant}没有大厅散座，只提供包间（{min} 人起订，订金 ¥{deposit}）。请改订包间。',
    noPrivate: '{restaurant}没有包间，只有大厅座位（每桌最多 {max} 人）。请改订大厅。',
    hallTooMany: '大厅每桌最多 {max} 人，{partySize} 人请改订包间。',
    privateTooFew: '{restaurant}的包间 {min} 人起订，{partySize} 人请改订大厅。',
    slotFull: '{restaurant} {date} {time} 的{roomName}已订满。同一天还可以订：{suggestions}，请换一个时间。',
    dayFull: '{restaurant} {date} 的{roomName}已全部订满，请换一个日期或改订{otherRoom}。',
    chooseTime: '请选择就餐时间。',
    available: '{date} {time} {roomName}可订，需支付订金 ¥{deposit}（可退，到店消费时抵扣）。',
    orderFailed: '预订下单失败：{reason}。没有扣款，请稍后重试。',
    payCanceled: '订金未支付（{reason}），座位没有保留，也没有扣款。可以重新提交预订。',
    booked: '预订成功：{restaurant} {date} {time}，{partySize} 位，{roomName}，订金 ¥{deposit} 已支付。',
    bookingNotFound: '没有找到这个预订，请在「我的预订」里查看。',
    cancelTitle: '取消预订',
    cancelAsk: '取消后订金 ¥{deposit} 全额退回。确定取消吗？',
    canceled: '预订已取消，订金 ¥{deposit} 已原路退回。',
    cancelFailed: '取消失败：{reason}。预订仍然有效，可以稍后再试。',
    cannotCancel: '就餐时间已过或预订未生效，不能取消。',
    statusPending: '待支付订金',
    statusPaid: '预订成功',
    statusUnpaid: '未支付',
    statusCanceled: '已取消',
  },
  en: {
    unknownRestaurant: 'No restaurant "{id}" was found. Please choose a restaurant on the home page.',
    badDate: 'The date "{date}" is not valid. Please choose the day of your meal.',
    pastDate: '{date} has passed. Please choose today or a later date.',
    tooFar: 'Tables can be booked up to {days} days ahead (until {lastDate}). Please choose another date.',
    badTime: 'Please choose one of the booking times: lunch {lunch}; dinner {dinner}.',
    pastTime: '{time} today has passed. Please choose a later time or another day.',
    badParty: 'The party size must be a whole number from 1 to {max}; for larger groups, call the restaurant.',
    badRoom: 'Please choose a hall table or a private room.',
    noHall: '{restaurantEn} has no hall tables, only private rooms (from {min} people, deposit ¥{deposit}). Please book a private room.',
    noPrivate: '{restaurantEn} has no private rooms, only hall tables (up to {max} people each). Please book a hall table.',
    hallTooMany: 'Hall tables seat up to {max} people; for {partySize} people, book a private room.',
    privateTooFew: 'Private rooms at {restaurantEn} are for {min} people or more; for {partySize}, book a hall table.',
    slotFull: '{restaurantEn} is fully booked for a {roomName} on {date} at {time}. Still free that day: {suggestions}. Please choose another time.',
    dayFull: '{restaurantEn} is fully booked for a {roomName} on {date}. Please choose another date or a {otherRoom}.',
    chooseTime: 'Please choose a time.',
    available: 'A {roomName} on {date} at {time} is available. A refundable deposit of ¥{deposit} is paid now and deducted from the bill.',
    orderFailed: 'The booking could not be made: {reason}. Nothing was charged; please try again later.',
    payCanceled: 'The deposit was not paid ({reason}). The table is not held and nothing was charged. You can submit the booking again.',
    booked: 'Booked: {restaurantEn}, {date} at {time}, {partySize} people, {roomName}; deposit ¥{deposit} paid.',
    bookingNotFound: 'This booking was not found. See "My bookings" for your bookings.',
    cancelTitle: 'Cancel the booking',
    cancelAsk: 'The deposit of ¥{deposit} will be refunded in full. Cancel the booking?',
    canceled: 'The booking is cancelled and the deposit of ¥{deposit} has been refunded.',
    cancelFailed: 'The booking could not be cancelled: {reason}. It is still valid; please try again later.',
    cannotCancel: 'This booking can no longer be cancelled (its time has passed, or it was never paid).',
    statusPending: 'Deposit due',
    statusPaid: 'Booked',
    statusUnpaid: 'Not paid',
    statusCanceled: 'Cancelled',
  },
};

function lang() {
  try {
    const language = String(wx.getSystemInfoSync().language || '');
    return language.indexOf('en') === 0 ? 'en' : 'zh';
  } catch (e) {
    return 'zh';
  }
}

/** The English name of a Chinese word of the data (or the word itself). */
function en(word) {
  return EN[word] || word;
}

function roomName(room) {
  return ROOM_NAMES[lang()][room] || room;
}

/** The message `key` in the diner's language, with {name} placeholders filled from params. */
function t(key, params) {
  const table = MESSAGES[lang()];
  const text = table[key] || MESSAGES.zh[key] || key;
  const values = Object.assign({}, params || {});
  Object.keys(values).forEach((name) => {
    if (Array.isArray(values[name])) values[name] = values[name].join(lang() === 'en' ? ', ' : '、');
  });
  if (values.room) {
    values.roomName = roomName(values.room);
    values.otherRoom = roomName(values.room === 'hall' ? 'private' : 'hall');
  }
  return text.replace(/\{(\w+)\}/g, (all, name) => (values[name] === undefined ? all : String(values[name])));
}

/** The reason in a wx failure ("requestPayment:fail cancel" → "cancel"). */
function reasonOf(error) {
  const message = String((error && (error.errMsg || error.message)) || error || '');
  const at = message.indexOf(':fail');
  return at >= 0 ? message.slice(at + 5).trim() || message : message;
}

module.exports = { t, lang, en, roomName, reasonOf };
