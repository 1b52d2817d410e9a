// What happens after the user decides on an order: paid → a pickup code (or a delivery
// time); declined → the order is closed. Checked against the payment service, so a call
// that merely claims "paid" changes nothing. Idempotent: the page and the hub may both call.
var i18n = require('./i18n.js');
var menu = require('./menu.js');
var money = require('./money.js');
var clock = require('./clock.js');
var orderStore = require('./order-store.js');

function notFound(orderId) {
  return { error: i18n.t('没有找到订单 ' + orderId + '。请用 listMyOrders 查看您的订单。', 'There is no order ' + orderId + '. Use listMyOrders to see your orders.') };
}

async function paymentStatus(orderId) {
  try {
    var view = await wx.getOrder(orderId);
    return view.status;
  } catch (e) {
    return 'unknown';
  }
}

async function settle(orderId, status) {
  var order = orderStore.get(orderId);
  if (!order) return notFound(orderId);
  if (status === 'paid') {
    if (order.status === 'paid') return { order: order };
    var paid = await paymentStatus(orderId);
    if (paid !== 'paid') return { error: i18n.t(
      '订单 ' + orderId + ' 还没有支付成功（支付状态：' + paid + '），不能出餐。请在订单确认卡片上确认支付后再查看。',
      'Order ' + orderId + ' has not been paid (payment status: ' + paid + '), so it is not being made. Confirm the payment on the order card first.') };
    var store = menu.findStore(order.storeId);
    order.status = 'paid';
    order.paidAt = clock.now().ms;
    order.pickupCode = orderStore.nextPickupCode(order.storeId, menu.STORE_LETTERS[order.storeId]);
    if (order.fulfilment === 'delivery') order.etaMinutes = menu.data.fulfilment.delivery.minutes;
    order.storeAddress = store ? store.address : '';
    orderStore.save(order);
    return { order: order };
  }
  if (order.status === 'paid') return { error: i18n.t(
    '订单 ' + orderId + ' 已经支付，正在制作，不能直接取消。', 'Order ' + orderId + ' is already paid and being made; it cannot be canceled here.') };
  if ((await paymentStatus(orderId)) === 'paid') return settle(orderId, 'paid');
  order.status = 'canceled';
  orderStore.save(order);
  return { order: order };
}

function itemsText(order) {
  return order.items.map(function (it) {
    return (i18n.isEn() ? it.nameEn : it.name) + i18n.t('（' + it.optionsText + '）×', ' (' + it.optionsText + ') ×') + it.qty;
  }).join(i18n.t('，', ', '));
}

function storeName(order) {
  return i18n.isEn() ? order.storeNameEn : order.storeName;
}

function receiptText(order) {
  var total = money.show(money.fen(order.total));
  if (order.status === 'canceled') return i18n.t(
    '订单已取消，未支付，不会扣款。如需再点，可以重新下单。',
    'The order was canceled and not paid; nothing was charged. You can order again any time.');
  if (order.fulfilment === 'delivery') return i18n.t(
    '支付成功，已下单：' + itemsText(order) + '，由' + storeName(order) + '外送到「' + order.address.label + '」，预计 ' + order.etaMinutes + ' 分钟送达，共 ' + total + '，订单号 ' + order.pickupCode + '。请展示取餐小票卡片。',
    'Payment received, order placed: ' + itemsText(order) + ', delivered by ' + storeName(order) + ' to "' + order.address.label + '" in about ' + order.etaMinutes + ' minutes, total ' + total + ', order number ' + order.pickupCode + '. Show the receipt card.');
  return i18n.t(
    '支付成功，已下单：' + itemsText(order) + '，共 ' + total + '。取餐码 ' + order.pickupCode + '，请凭取餐码到' + storeName(order) + '取餐。请展示取餐小票卡片。',
    'Payment received, order placed: ' + itemsText(order) + ', total ' + total + '. Pickup code ' + order.pickupCode + ': collect it at ' + storeName(order) + '. Show the receipt card.');
}

module.exports = { settle: settle, receiptText: receiptText, itemsText: itemsText };
