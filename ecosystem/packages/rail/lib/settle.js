// After the user decides: paid → tickets issued with car and seat numbers; declined → the held
// seats are released. Checked against the payment service, so a bare claim changes nothing.
// Idempotent: the page and the hub may both report the same payment.
var i18n = require('./i18n.js');
var clock = require('./clock.js');
var money = require('./money.js');
var seats = require('./seats.js');
var words = require('./words.js');
var bookings = require('./bookings.js');

async function paymentStatus(orderId) {
  try {
    return (await wx.getOrder(orderId)).status;
  } catch (e) {
    return 'unknown';
  }
}

async function settle(orderId, status) {
  var b = bookings.get(orderId);
  if (!b) return { error: i18n.t('没有找到订单 ' + orderId + '。请用 listMyTickets 查看您的车票。', 'There is no order ' + orderId + '. Use listMyTickets to see your tickets.') };
  if (status === 'paid') {
    if (b.status === 'paid') return { booking: b };
    var paid = await paymentStatus(orderId);
    if (paid !== 'paid') return { error: i18n.t('订单 ' + orderId + ' 还没有支付成功（支付状态：' + paid + '），车票尚未出票。请在订单确认卡片上确认支付。',
      'Order ' + orderId + ' is not paid (payment status: ' + paid + '), so no ticket is issued. Confirm the payment on the order card.') };
    b.status = 'paid';
    b.paidAt = clock.now().ms;
    b.tickets.forEach(function (t) {
      t.status = 'paid';
      t.seatNo = seats.seatNumber(b.seat, bookings.nextSeatIndex(b.number, b.date, b.seat));
    });
    bookings.save(b);
    return { booking: b };
  }
  if (b.status === 'paid') return { error: i18n.t('订单 ' + orderId + ' 已支付出票，不能取消；如不出行，可以退票（收取 5% 退票费）。', 'Order ' + orderId + ' is paid and ticketed; it cannot be canceled, but each ticket can be refunded (5% fee).') };
  if ((await paymentStatus(orderId)) === 'paid') return settle(orderId, 'paid');
  b.status = 'canceled';
  b.tickets.forEach(function (t) { t.status = 'canceled'; });
  bookings.save(b);
  return { booking: b };
}

function receiptText(b) {
  if (b.status === 'canceled') return i18n.t('订单已取消，未支付，不会扣款，座位已释放。如需出行，可以重新查询车次购票。',
    'The order was canceled and not paid; nothing was charged and the seats were released. Search again to book another train.');
  var who = words.list(b.tickets.map(function (t) { return t.passengerName + ' ' + t.seatNo; }));
  return i18n.t(
    '支付成功，已为您预订 ' + b.number + ' ' + words.seatName(b.seat) + '：' + who + '。' + b.date + ' ' + b.departTime + ' 从' + words.station(b.from) + '出发，' + b.arriveTime + ' 到达' + words.station(b.to) + '，共 ' + money.show(money.fen(b.total)) + '。请展示车票卡片，并提醒乘车人携带身份证件。',
    'Payment received. Booked ' + b.number + ' ' + words.seatName(b.seat).toLowerCase() + ': ' + who + '. Departs ' + words.station(b.from) + ' ' + b.date + ' ' + b.departTime + ', arrives ' + words.station(b.to) + ' ' + b.arriveTime + ', total ' + money.show(money.fen(b.total)) + '. Show the ticket card and remind passengers to bring their ID.');
}

module.exports = { settle: settle, receiptText: receiptText };
