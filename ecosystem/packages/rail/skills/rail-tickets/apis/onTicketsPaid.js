// onTicketsPaid: the hub calls it after the user paid or declined; issues the tickets or releases the seats.
var settle = require('../../../lib/settle.js');
var views = require('../../../lib/ticket-view.js');
var reply = require('../utils/reply.js');

module.exports = async function onTicketsPaid(args) {
  var done = await settle.settle(args.orderId, args.status);
  if (done.error) return reply.fail(done.error);
  return reply.ok(settle.receiptText(done.booking), views.bookingView(done.booking));
};
