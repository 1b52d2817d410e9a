// Ride records. All rides live in app storage (the dispatch backend, one world for every
// rider); each rider keeps the order ids of their own trips in their own storage.
const RIDES_KEY = 'rides';
const MY_RIDES_KEY = 'myRides';

function allRides() {
  return wx.getAppStorageSync(RIDES_KEY) || {};
}

function getRide(orderId) {
  return allRides()[orderId] || null;
}

function saveRide(ride) {
  const rides = allRides();
  rides[ride.orderId] = ride;
  wx.setAppStorageSync(RIDES_KEY, rides);
  const mine = wx.getStorageSync(MY_RIDES_KEY) || [];
  if (mine.indexOf(ride.orderId) < 0) {
    mine.unshift(ride.orderId);
    wx.setStorageSync(MY_RIDES_KEY, mine);
  }
  return ride;
}

function updateRide(orderId, changes) {
  const ride = getRide(orderId);
  if (!ride) return null;
  return saveRide(Object.assign({}, ride, changes));
}

function myRides() {
  const mine = wx.getStorageSync(MY_RIDES_KEY) || [];
  return mine.map(getRide).filter((r) => r !== null);
}

module.exports = { getRide, saveRide, updateRide, myRides };
