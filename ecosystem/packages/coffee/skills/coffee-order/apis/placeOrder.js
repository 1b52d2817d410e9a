// placeOrder: prices the drinks and creates the order; the user confirms and pays it on the card.
var place = require('../../../lib/place-order.js');
var settle = require('../../../lib/settle.js');
var i18n = require('../../../lib/i18n.js');
var money = require('../../../lib/money.js');
var reply = require('../utils/reply.js');
var view = require('../utils/order-view.js');

module.exports = async function placeOrder(args) {
  var placed = await place.placeOrder(args || {}, 'onPaymentResult');
  if (placed.error) return reply.fail(placed.error);
  var order = placed.order;
  var how = order.fulfilment === 'delivery'
    ? i18n.t('外送到「' + order.address.label + '」（含配送费 ' + money.show(money.fen(order.deliveryFee)) + '）', 'delivered to "' + order.address.label + '" (incl. ' + money.show(money.fen(order.deliveryFee)) + ' delivery fee)')
    : i18n.t('到店自取', 'for pickup');
  var text = i18n.t(
    '已生成订单（尚未支付）：' + order.storeName + how + '，' + settle.itemsText(order) + '，合计 ' + money.show(money.fen(order.total)) + '。请展示订单确认卡片，并引导用户核对门店、饮品和金额后确认支付；用户确认前不要宣布下单成功。',
    'Order created (not paid yet): ' + order.storeNameEn + ', ' + how + ', ' + settle.itemsText(order) + ', total ' + money.show(money.fen(order.total)) + '. Show the order confirmation card and ask the user to check the store, drinks and total, then confirm the payment; do not announce success before that.');
  return reply.ok(text, view.orderView(order));
};
