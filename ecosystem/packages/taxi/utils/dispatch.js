// Assigns a driver to a paid ride. Deterministic (FNV-1a over the order id), so a ride
// always shows the same driver and plate.
const DRIVERS = ['王师傅', '李师傅', '张师傅', '刘师傅', '陈师傅', '杨师傅', '赵师傅', '周师傅'];
const DRIVERS_EN = ['Mr Wang', 'Mr Li', 'Mr Zhang', 'Mr Liu', 'Mr Chen', 'Mr Yang', 'Mr Zhao', 'Mr Zhou'];
const PLATE_PREFIX = { 北京: '京', 上海: '沪' };
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** { driver, driverEn, plate, pickupMinutes } for a ride in `city`. */
function assignDriver(orderId, city) {
  const h = fnv1a(String(orderId));
  const k = h % DRIVERS.length;
  const plate = (PLATE_PREFIX[city] || '京') + LETTERS[h % LETTERS.length] + '·' + String(10000 + (h % 90000)).slice(-5);
  return { driver: DRIVERS[k], driverEn: DRIVERS_EN[k], plate, pickupMinutes: 3 + (h % 6) };
}

module.exports = { assignDriver, fnv1a };
