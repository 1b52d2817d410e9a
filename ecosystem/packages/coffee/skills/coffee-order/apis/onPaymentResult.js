// onPaymentResult: the hub calls it after the user paid or declined an order; returns the receipt.
var settle = require('../../../lib/settle.js');
var reply = require('../utils/reply.js');
var view = require('../utils/order-view.js');

module.exports = async function onPaymentResult(args) {
  var done = await settle.settle(args.orderId, args.status);
  if (done.error) return reply.fail(done.error);
  return reply.ok(settle.receiptText(done.order), view.orderView(done.order));
};
