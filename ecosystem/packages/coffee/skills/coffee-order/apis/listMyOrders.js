// listMyOrders: this user's coffee orders, newest first, with status and pickup code.
var orderStore = require('../../../lib/order-store.js');
var settle = require('../../../lib/settle.js');
var i18n = require('../../../lib/i18n.js');
var money = require('../../../lib/money.js');
var reply = require('../utils/reply.js');

var STATUS = { created: ['待支付', 'awaiting payment'], paid: ['已支付', 'paid'], canceled: ['已取消', 'canceled'] };

module.exports = async function listMyOrders() {
  var orders = orderStore.mine().slice(0, 20).map(function (o) {
    var status = STATUS[o.status] || [o.status, o.status];
    return {
      id: o.orderId, name: o.storeName + ' ' + settle.itemsText(o), orderId: o.orderId, status: o.status,
      statusText: i18n.t(status[0], status[1]), store: o.storeName, fulfilment: o.fulfilment,
      total: o.total, pickupCode: o.pickupCode || null,
    };
  });
  if (!orders.length) return reply.ok(i18n.t('您还没有晨光咖啡的订单。想喝点什么可以直接告诉我，例如「国贸店自取一杯拿铁」。',
    'You have no Dawn Coffee orders yet. Say what you would like, e.g. "a latte for pickup at Guomao".'), { orders: [] });
  var lines = orders.slice(0, 5).map(function (o) {
    return o.name + ' ' + money.show(money.fen(o.total)) + ' ' + o.statusText + (o.pickupCode ? i18n.t(' 取餐码 ', ' code ') + o.pickupCode : '');
  }).join(i18n.t('；', '; '));
  return reply.ok(i18n.t('您共有 ' + orders.length + ' 个订单，最近的：' + lines + '。如需再点一单，告诉我门店和饮品即可。',
    'You have ' + orders.length + ' order(s); latest: ' + lines + '. To order again, tell me the store and the drinks.'), { orders: orders });
};
