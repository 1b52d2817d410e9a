// A booking after the deposit: when, where, how many, and the way to cancel (full refund).
const bookings = require('../../utils/bookings.js');
const clock = require('../../utils/clock.js');
const { t, roomName, reasonOf } = require('../../utils/i18n.js');

const STATUS_KEYS = { pending: 'statusPending', paid: 'statusPaid', unpaid: 'statusUnpaid', canceled: 'statusCanceled' };

/** A paid booking may be cancelled until its time. */
function cancellable(booking) {
  const now = clock.beijingNow();
  return booking.status === 'paid' && (booking.date > now.date || (booking.date === now.date && booking.time > now.time));
}

Page({
  data: { orderId: '', found: false, error: '', booking: null, statusText: '', roomText: '', canCancel: false, message: '' },

  onLoad(query) {
    this.setData({ orderId: (query && query.orderId) || '' });
    this.show('');
  },

  show(message) {
    const booking = bookings.getBooking(this.data.orderId);
    if (!booking) {
      this.setData({ found: false, error: t('bookingNotFound') });
      return;
    }
    this.setData({
      found: true,
      booking,
      statusText: t(STATUS_KEYS[booking.status] || 'statusPending'),
      roomText: roomName(booking.room),
      canCancel: cancellable(booking),
      message: message || '',
    });
  },

  onCancelBooking() {
    const booking = bookings.getBooking(this.data.orderId);
    if (!booking || !cancellable(booking)) {
      this.show(t('cannotCancel'));
      return;
    }
    wx.showModal({
      title: t('cancelTitle'),
      content: t('cancelAsk', { deposit: booking.deposit }),
      success: (res) => {
        if (res && res.confirm) this.cancelAndRefund(booking);
      },
    });
  },

  async cancelAndRefund(booking) {
    try {
      await wx.refundOrder({ orderId: booking.orderId, amount: booking.deposit, reason: '顾客在就餐前取消预订' });
    } catch (error) {
      this.show(t('cancelFailed', { reason: reasonOf(error) }));
      return;
    }
    bookings.updateBooking(booking.orderId, { status: 'canceled', canceledAt: Date.now() });
    this.show(t('canceled', { deposit: booking.deposit }));
  },

  onOpenBookings() {
    wx.redirectTo({ url: '/pages/bookings/bookings' });
  },

  onBackHome() {
    wx.reLaunch({ url: '/pages/index/index' });
  },
});
