// Messages in the rider's language (wx.getSystemInfoSync().language: zh_CN or en).
const CITY_EN = { 北京: 'Beijing', 上海: 'Shanghai' };

const MESSAGES = {
  zh: {
    missingFrom: '请选择上车地点。',
    missingTo: '请选择目的地。',
    unknownPlace: '没有找到地点「{id}」，请从地点列表中选择。',
    samePlace: '起点和终点都是{from}，请换一个目的地。',
    crossCity: '不支持跨城叫车，起点和终点需在同一城市（起点在{fromCity}，终点在{toCity}）。请在同一城市内叫车，跨城出行可改乘火车或长途客车。',
    unknownCarType: '没有「{code}」这种车型，可选：快车、舒适型、商务车。',
    chooseCarType: '请选择车型。',
    orderFailed: '叫车下单失败：{reason}。没有扣款，请稍后重试。',
    payCanceled: '支付未完成（{reason}），没有叫车，也没有扣款。需要的话可以重新叫车。',
    rideRequested: '已为您叫到{car}，一口价 ¥{fare} 已支付，司机正在赶来。',
    rideNotFound: '没有找到这个行程，请在「我的行程」里查看。',
    cancelTitle: '取消行程',
    cancelAsk: '司机接驾前取消不收费，¥{fare} 将原路退回。确定取消吗？',
    canceled: '行程已取消，¥{fare} 已原路退回。',
    cancelFailed: '取消失败：{reason}。行程仍然有效，可以稍后再试。',
    cannotCancel: '这个行程当前不能取消（{status}）。',
    statusPending: '待支付',
    statusDispatched: '司机正在赶来',
    statusCanceled: '已取消',
    statusUnpaid: '未支付',
  },
  en: {
    missingFrom: 'Please choose a pickup place.',
    missingTo: 'Please choose a destination.',
    unknownPlace: 'No place "{id}" was found. Please choose one from the list.',
    samePlace: 'The pickup and the destination are both {fromEn}. Please choose another destination.',
    crossCity: 'Cross-city rides are not supported: the pickup and the destination must be in the same city (pickup in {fromCityEn}, destination in {toCityEn}). Request a ride within one city, or take a train between cities.',
    unknownCarType: 'There is no car type "{code}". Choose Economy, Comfort or Business.',
    chooseCarType: 'Please choose a car type.',
    orderFailed: 'The ride could not be ordered: {reason}. Nothing was charged; please try again later.',
    payCanceled: 'Payment was not completed ({reason}). No ride was requested and nothing was charged. You can request the ride again.',
    rideRequested: 'Your {carEn} is on the way. The fixed fare of ¥{fare} is paid.',
    rideNotFound: 'This trip was not found. See "My trips" for your rides.',
    cancelTitle: 'Cancel the trip',
    cancelAsk: 'Cancelling before pickup is free; ¥{fare} will be refunded. Cancel the trip?',
    canceled: 'The trip is cancelled and ¥{fare} has been refunded.',
    cancelFailed: 'The trip could not be cancelled: {reason}. It is still booked; please try again later.',
    cannotCancel: 'This trip cannot be cancelled now ({status}).',
    statusPending: 'Awaiting payment',
    statusDispatched: 'Driver on the way',
    statusCanceled: 'Cancelled',
    statusUnpaid: 'Not paid',
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

function cityEn(city) {
  return CITY_EN[city] || city;
}

/** The message `key` in the rider's language, with {name} placeholders filled from params. */
function t(key, params) {
  const table = MESSAGES[lang()];
  const text = table[key] || MESSAGES.zh[key] || key;
  const values = Object.assign({}, params || {});
  if (values.fromCity) values.fromCityEn = cityEn(values.fromCity);
  if (values.toCity) values.toCityEn = cityEn(values.toCity);
  return text.replace(/\{(\w+)\}/g, (all, name) => (values[name] === undefined ? all : String(values[name])));
}

/** The reason in a wx failure ("requestPayment:fail cancel" → "cancel"). */
function reasonOf(error) {
  const message = String((error && (error.errMsg || error.message)) || error || '');
  const at = message.indexOf(':fail');
  return at >= 0 ? message.slice(at + 5).trim() || message : message;
}

module.exports = { t, lang, cityEn, reasonOf };
