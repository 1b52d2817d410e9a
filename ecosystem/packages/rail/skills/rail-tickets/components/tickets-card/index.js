// The user's tickets at a glance.
Component({
  data: { tickets: [] },
  lifetimes: {
    attached: function () {
      var self = this;
      wx.modelContext.getContext(this).on('result', function (event) {
        var data = (event && event.result && event.result.structuredContent) || {};
        self.setData({ tickets: data.tickets || [] });
      });
    },
  },
});
