// The pricing rule of data/takeaway.json, exactly as stated there:
//   order = sum(dish.price × qty) + restaurant.deliveryFee; an order below restaurant.minOrder
//   (dishes only) is refused with a clear message.
// Pure functions: no wx calls, so the rule can be checked on its own.
const data = require('../data/takeaway.json');

const MAX_QTY = 99;

function round2(x) {
  return Math.round(x * 100) / 100;
}

function cities() {
  const list = [];
  data.restaurants.forEach((r) => {
    if (list.indexOf(r.city) < 0) list.push(r.city);
  });
  return list;
}

function restaurantsInCity(city) {
  return data.restaurants.filter((r) => r.city === city);
}

function restaurantById(id) {
  return data.restaurants.find((r) => r.id === id) || null;
}

/** "r2-1:1,r2-6:2" → [{ dishId: 'r2-1', qty: 1 }, { dishId: 'r2-6', qty: 2 }] (a bare id counts 1). */
function parseItems(text) {
  if (!text) return [];
  let raw = String(text);
  try {
    raw = decodeURIComponent(raw);
  } catch (e) {
    // keep the text as it came
  }
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.lastIndexOf(':');
      return at < 0 ? { dishId: part, qty: 1 } : { dishId: part.slice(0, at), qty: Number(part.slice(at + 1)) };
    });
}

/** The inverse of parseItems, for a query string; items with qty 0 are left out. */
function formatItems(items) {
  return items.filter((i) => i.qty > 0).map((i) => `${i.dishId}:${i.qty}`).join(',');
}

/**
 * Prices a cart. Returns { ok: true, restaurant, lines, subtotal, deliveryFee, total, minOrder,
 * belowMinimum, shortBy } or { ok: false, code, params } with code one of unknownRestaurant,
 * emptyCart, unknownDish, badQty. A cart below the minimum prices fine: `belowMinimum` says so,
 * and checkOrder refuses it.
 */
function priceOrder(restaurantId, items) {
  const restaurant = restaurantById(restaurantId);
  if (!restaurant) return { ok: false, code: 'unknownRestaurant', params: { id: String(restaurantId || '') } };
  const merged = [];
  for (const item of items || []) {
    const dish = restaurant.dishes.find((d) => d.id === item.dishId);
    if (!dish) return { ok: false, code: 'unknownDish', params: { id: String(item.dishId), restaurant: restaurant.name, restaurantEn: restaurant.nameEn } };
    if (!Number.isInteger(item.qty) || item.qty < 0 || item.qty > MAX_QTY) {
      return { ok: false, code: 'badQty', params: { dish: dish.name, dishEn: dish.nameEn, max: MAX_QTY } };
    }
    const line = merged.find((l) => l.ref === dish.id);
    if (line) line.qty += item.qty;
    else merged.push({ ref: dish.id, name: dish.name, nameEn: dish.nameEn, qty: item.qty, unitPrice: dish.price });
  }
  const lines = merged.filter((l) => l.qty > 0).map((l) => Object.assign(l, { amount: round2(l.qty * l.unitPrice) }));
  if (lines.length === 0) return { ok: false, code: 'emptyCart', params: { restaurant: restaurant.name, restaurantEn: restaurant.nameEn } };
  const subtotal = round2(lines.reduce((sum, l) => sum + l.amount, 0));
  const shortBy = round2(Math.max(0, restaurant.minOrder - subtotal));
  return {
    ok: true,
    restaurant,
    lines,
    subtotal,
    deliveryFee: restaurant.deliveryFee,
    total: round2(subtotal + restaurant.deliveryFee),
    minOrder: restaurant.minOrder,
    belowMinimum: subtotal < restaurant.minOrder,
    shortBy,
  };
}

/** priceOrder, then the minimum-order rule: { ok: false, code: 'belowMinimum', params } below it. */
function checkOrder(restaurantId, items) {
  const priced = priceOrder(restaurantId, items);
  if (!priced.ok || !priced.belowMinimum) return priced;
  return {
    ok: false,
    code: 'belowMinimum',
    params: { minOrder: priced.minOrder, subtotal: priced.subtotal, shortBy: priced.shortBy, restaurant: priced.restaurant.name, restaurantEn: priced.restaurant.nameEn },
    priced,
  };
}

/** The payment lines of a priced order: one per dish, plus one for the delivery fee. */
function paymentLines(priced) {
  return priced.lines
    .map((l) => ({ ref: l.ref, name: l.name, qty: l.qty, unitPrice: l.unitPrice }))
    .concat([{ ref: 'delivery_fee', name: '配送费', qty: 1, unitPrice: priced.deliveryFee }]);
}

/** A restaurant delivers only within its own city. */
function canDeliver(restaurant, address) {
  return Boolean(restaurant && address && address.city === restaurant.city);
}

module.exports = {
  MAX_QTY,
  round2,
  cities,
  restaurantsInCity,
  restaurantById,
  parseItems,
  formatItems,
  priceOrder,
  checkOrder,
  paymentLines,
  canDeliver,
};
