// The receipt: the pickup code (or delivery number) after the user paid.
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
