// Trains between two stations on a date; tap a class with seats left to book it.
var search = require('../../lib/search.js');

Page({
  data: { result: null, error: '' },
  onLoad: function (query) {
    var found = search.searchTrains({ from: query.from, to: query.to, date: query.date, departTime: query.time });
    if (found.error) return this.setData({ error: found.error });
    this.setData({ result: found.result });
  },
  onSeat: function (e) {
    var d = e.currentTarget.dataset;
    if (Number(d.left) === 0) return wx.showToast({ title: '该座席已售罄或已发车', icon: 'none' });
    wx.navigateTo({ url: '/pages/book/book?trainId=' + d.id + '&seat=' + d.seat });
  },
});
