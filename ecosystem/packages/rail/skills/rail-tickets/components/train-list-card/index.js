// The trains found, the one at the asked time first; tapping a train tells the assistant the choice.
Component({
  data: { result: {} },
  lifetimes: {
    attached: function () {
      var self = this;
      wx.modelContext.getContext(this).on('result', function (event) {
        self.setData({ result: (event && event.result && event.result.structuredContent) || {} });
      });
    },
  },
  methods: {
    onPick: function (e) {
      wx.modelContext.sendFollowUpMessage({ content: [{ type: 'text', text: '我要坐 ' + e.currentTarget.dataset.number }] });
    },
  },
});
