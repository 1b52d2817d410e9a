// The railway's backend state: every booking (all users) in app storage, each user's own
// booking ids in that user's storage. Read fresh on every call: others may have booked.
var KEY = 'bookings';
var MINE = 'myBookingIds';
var SOLD = 'seatsSold';

function map() {
  return wx.getAppStorageSync(KEY) || {};
}

function all() {
  var m = map();
  return Object.keys(m).map(function (k) { return m[k]; });
}

function get(orderId) {
  return map()[orderId];
}

function save(booking) {
  var m = map();
  m[booking.orderId] = booking;
  wx.setAppStorageSync(KEY, m);
}

function addMine(orderId) {
  var mine = wx.getStorageSync(MINE) || [];
  if (mine.indexOf(orderId) < 0) mine.unshift(orderId);
  wx.setStorageSync(MINE, mine);
}

function mine() {
  var m = map();
  return (wx.getStorageSync(MINE) || []).map(function (id) { return m[id]; }).filter(Boolean);
}

// How many seats of (train, date, class) were ever sold: the next seat number to give.
function nextSeatIndex(number, date, seat) {
  var sold = wx.getAppStorageSync(SOLD) || {};
  var key = number + '|' + date + '|' + seat;
  var index = sold[key] || 0;
  sold[key] = index + 1;
  wx.setAppStorageSync(SOLD, sold);
  return index;
}

module.exports = { all: all, get: get, save: save, addMine: addMine, mine: mine, nextSeatIndex: nextSeatIndex };
