// The e-tickets after payment: car and seat for each passenger.
Component({
  data: { order: {} },
  lifetimes: {
    attached: function () {
      var self = this;
      wx.modelContext.getContext(this).on('result', function (event) {
        self.setData({ order: (event && event.result && event.result.structuredContent) || {} });
      });
    },
  },
});
