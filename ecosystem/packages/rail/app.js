// 畅行火车票 RailGo. Bookings live in app storage (one world for every user).
App({
  onLaunch: function () {},
});
