// 晨光咖啡 Dawn Coffee. Pages keep the cart in the user's storage; orders live in app storage.
App({
  onLaunch: function () {},
});
