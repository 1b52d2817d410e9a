// The menu as a card: a row of drinks; tapping one tells the assistant the user wants it.
Component({
  data: { drinks: [], deliveryFee: 0 },
  lifetimes: {
    attached: function () {
      var self = this;
      wx.modelContext.getContext(this).on('result', function (event) {
        var data = (event && event.result && event.result.structuredContent) || {};
        self.setData({ drinks: data.drinks || [], deliveryFee: (data.extras && data.extras.deliveryFee) || 0 });
      });
    },
  },
  methods: {
    onPick: function (e) {
      var name = e.currentTarget.dataset.name;
      wx.modelContext.sendFollowUpMessage({ content: [{ type: 'text', text: '我想点一杯' + name }] });
    },
  },
});
