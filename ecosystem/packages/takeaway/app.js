// 食刻外卖 FoodNow. Orders are kept in app storage (the restaurants' order backend, shared
// by all users); each user keeps their cart and the ids of their own orders in their storage.
App({
  globalData: { brand: '食刻外卖', brandEn: 'FoodNow' },
});
