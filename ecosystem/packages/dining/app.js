// 好饭订座 TableReady. Bookings are kept in app storage (the restaurants' reservation book,
// shared by all diners); each diner keeps the ids of their own bookings in their storage.
App({
  globalData: { brand: '好饭订座', brandEn: 'TableReady' },
});
