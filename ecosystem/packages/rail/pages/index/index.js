// Search form: from, to, date, and optionally a departure time.
var clock = require('../../lib/clock.js');
var search = require('../../lib/search.js');

Page({
  data: { from: '北京', to: '上海', date: '', time: '', minDate: '', maxDate: '', error: '' },
  onLoad: function () {
    var today = clock.now().date;
    this.setData({ date: clock.addDays(today, 1), minDate: today, maxDate: clock.addDays(today, search.PRESALE_DAYS - 1) });
  },
  onFrom: function (e) { this.setData({ from: e.detail.value }); },
  onTo: function (e) { this.setData({ to: e.detail.value }); },
  onDate: function (e) { this.setData({ date: e.detail.value }); },
  onTime: function (e) { this.setData({ time: e.detail.value }); },
  onSwap: function () { this.setData({ from: this.data.to, to: this.data.from }); },
  onSubmit: function () {
    var d = this.data;
    var found = search.searchTrains({ from: d.from, to: d.to, date: d.date, departTime: d.time });
    if (found.error) return this.setData({ error: found.error });
    this.setData({ error: '' });
    wx.navigateTo({ url: '/pages/trains/trains?from=' + found.result.from.code + '&to=' + found.result.to.code + '&date=' + found.result.date + '&time=' + (d.time || '') });
  },
  onTickets: function () {
    wx.navigateTo({ url: '/pages/tickets/tickets' });
  },
});
