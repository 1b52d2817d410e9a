// Booking records. All bookings live in app storage (the restaurants' reservation book, one
// world for every diner); each diner keeps the ids of their own bookings in their storage.
// A booking holds its table while it is paid, or while its payment is pending (15 minutes).
const BOOKINGS_KEY = 'bookings';
const MY_BOOKINGS_KEY = 'myBookings';
const PENDING_HOLD_MS = 15 * 60 * 1000;

function allBookings() {
  return wx.getAppStorageSync(BOOKINGS_KEY) || {};
}

function getBooking(orderId) {
  return allBookings()[orderId] || null;
}

function saveBooking(booking) {
  const bookings = allBookings();
  bookings[booking.orderId] = booking;
  wx.setAppStorageSync(BOOKINGS_KEY, bookings);
  const mine = wx.getStorageSync(MY_BOOKINGS_KEY) || [];
  if (mine.indexOf(booking.orderId) < 0) {
    mine.unshift(booking.orderId);
    wx.setStorageSync(MY_BOOKINGS_KEY, mine);
  }
  return booking;
}

function updateBooking(orderId, changes) {
  const booking = getBooking(orderId);
  return booking ? saveBooking(Object.assign({}, booking, changes)) : null;
}

function myBookings() {
  const mine = wx.getStorageSync(MY_BOOKINGS_KEY) || [];
  return mine.map(getBooking).filter((b) => b !== null);
}

function holdsTable(booking, nowMs) {
  return booking.status === 'paid' || (booking.status === 'pending' && nowMs - booking.createdAt < PENDING_HOLD_MS);
}

/** takenOf(date, time, room) for one restaurant: the tables our bookings hold. */
function takenCounter(restaurantId) {
  const all = allBookings();
  const list = Object.keys(all).map((k) => all[k]);
  const nowMs = Date.now();
  return (date, time, room) =>
    list.filter((b) => b.restaurant === restaurantId && b.date === date && b.time === time && b.room === room && holdsTable(b, nowMs)).length;
}

module.exports = { getBooking, saveBooking, updateBooking, myBookings, takenCounter };
