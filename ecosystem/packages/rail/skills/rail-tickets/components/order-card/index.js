// The order confirmation card: the exact tickets; only the user's tap on the button pays.
Component({
  data: { order: {}, status: 'held' },
  lifetimes: {
    attached: function () {
      var self = this;
      wx.modelContext.getContext(this).on('result', function (event) {
        var order = (event && event.result && event.result.structuredContent) || {};
        self.setData({ order: order, status: order.status || 'held' });
      });
    },
  },
  methods: {
    onPay: function () {
      var self = this;
      wx.requestPayment({
        orderId: this.data.order.orderId,
        success: function () { self.setData({ status: 'paid' }); },
        fail: function () { self.setData({ status: 'declined' }); },
      });
    },
  },
});
