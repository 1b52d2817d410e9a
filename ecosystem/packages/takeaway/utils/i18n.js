// Messages in the user's language (wx.getSystemInfoSync().language: zh_CN or en).
const CITY_EN = { 北京: 'Beijing', 上海: 'Shanghai' };

const MESSAGES = {
  zh: {
    unknownRestaurant: '没有找到餐厅「{id}」，请回到首页选择餐厅。',
    unknownDish: '{restaurant}没有菜品「{id}」，请在菜单中选择。',
    badQty: '{dish}的份数需要是 0 到 {max} 之间的整数。',
    emptyCart: '购物车是空的，请先在{restaurant}的菜单里选菜。',
    belowMinimum: '未达到起送价 ¥{minOrder}：菜品小计 ¥{subtotal}，还差 ¥{shortBy}。请再加点菜品后下单。',
    shortTip: '还差 ¥{shortBy} 起送',
    chooseAddress: '请选择收货地址。',
    outOfRange: '{restaurant}只配送{city}的地址，这个地址不在配送范围内，请换一个地址或选择当地的餐厅。',
    noAddress: '您还没有收货地址，请先在个人资料中添加地址，再回来下单。',
    addressDenied: '未获得收货地址授权，无法配送。可点击「使用我的收货地址」重新授权，或先在个人资料中添加地址。',
    addressFailed: '读取收货地址失败：{reason}。请稍后重试。',
    orderFailed: '下单失败：{reason}。没有扣款，请稍后重试。',
    payCanceled: '支付未完成（{reason}），订单未提交，也没有扣款。可以重新提交订单。',
    paid: '支付成功，{restaurant}已接单，预计 {eta} 送达。',
    orderNotFound: '没有找到这个订单，请在「我的订单」里查看。',
    statusPending: '待支付',
    statusPaid: '商家已接单',
    statusUnpaid: '未支付',
    deliveryFee: '配送费',
  },
  en: {
    unknownRestaurant: 'No restaurant "{id}" was found. Please choose a restaurant on the home page.',
    unknownDish: '{restaurantEn} has no dish "{id}". Please choose from the menu.',
    badQty: 'The quantity of {dishEn} must be a whole number from 0 to {max}.',
    emptyCart: 'The cart is empty. Choose dishes from the menu of {restaurantEn} first.',
    belowMinimum: 'Below the minimum order of ¥{minOrder}: the dishes come to ¥{subtotal}, ¥{shortBy} short. Add more dishes to place the order.',
    shortTip: '¥{shortBy} more to reach the minimum order',
    chooseAddress: 'Please choose a delivery address.',
    outOfRange: '{restaurantEn} delivers only in {cityEn}; this address is outside its delivery area. Choose another address or a local restaurant.',
    noAddress: 'You have no delivery address yet. Add one in your profile, then come back to order.',
    addressDenied: 'Permission to read your addresses was not given, so the food cannot be delivered. Tap "Use my addresses" to allow it, or add an address in your profile.',
    addressFailed: 'Your addresses could not be read: {reason}. Please try again later.',
    orderFailed: 'The order could not be placed: {reason}. Nothing was charged; please try again later.',
    payCanceled: 'Payment was not completed ({reason}). The order was not placed and nothing was charged. You can submit it again.',
    paid: 'Paid. {restaurantEn} accepted your order; delivery expected by {eta}.',
    orderNotFound: 'This order was not found. See "My orders" for your orders.',
    statusPending: 'Awaiting payment',
    statusPaid: 'Accepted by the restaurant',
    statusUnpaid: 'Not paid',
    deliveryFee: 'Delivery fee',
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

/** The message `key` in the user's language, with {name} placeholders filled from params. */
function t(key, params) {
  const table = MESSAGES[lang()];
  const text = table[key] || MESSAGES.zh[key] || key;
  const values = Object.assign({}, params || {});
  if (values.city) values.cityEn = cityEn(values.city);
  return text.replace(/\{(\w+)\}/g, (all, name) => (values[name] === undefined ? all : String(values[name])));
}

/** The reason in a wx failure ("requestPayment:fail cancel" → "cancel"). */
function reasonOf(error) {
  const message = String((error && (error.errMsg || error.message)) || error || '');
  const at = message.indexOf(':fail');
  return at >= 0 ? message.slice(at + 5).trim() || message : message;
}

module.exports = { t, lang, cityEn, reasonOf };
