// The booking rules of data/dining.json, exactly as stated there: every booking takes a
// refundable deposit (hall 50, private room 200) paid when the booking is made; a private room
// needs partySize >= privateMinParty; hall tables take up to 8 people; a slot is fully booked
// when fnv1a(`${restaurantId}|${date}|${time}|${room}`) % 5 === 0, or when the restaurant's
// tables (`rooms`) of that kind are all taken by bookings. Pure functions: no wx calls.
const data = require('../data/dining.json');
const clock = require('./clock.js');

const HALL_MAX_PARTY = 8;
const MAX_PARTY = 20;
const BOOKING_DAYS = 30;
const ROOMS = ['hall', 'private'];

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function restaurantById(id) {
  return data.restaurants.find((r) => r.id === id) || null;
}

function allSlots() {
  return data.slots.lunch.concat(data.slots.dinner);
}

function mealOf(time) {
  if (data.slots.lunch.indexOf(time) >= 0) return 'lunch';
  if (data.slots.dinner.indexOf(time) >= 0) return 'dinner';
  return null;
}

function depositFor(room) {
  return data.deposit[room];
}

/** Fully booked by the rule of the data file, whatever our own bookings. */
function bookedOut(restaurantId, date, time, room) {
  return fnv1a(`${restaurantId}|${date}|${time}|${room}`) % 5 === 0;
}

/** Tables left for one slot: 0 when the rule says fully booked or `taken` reached the tables. */
function tablesLeft(restaurant, date, time, room, taken) {
  const tables = restaurant.rooms[room] || 0;
  if (tables === 0 || bookedOut(restaurant.id, date, time, room)) return 0;
  return Math.max(0, tables - (taken || 0));
}

/** The free slots of a day nearest to `time` (same meal first), at most `limit`. */
function suggestTimes(restaurant, date, room, time, takenOf, now, limit) {
  const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const meal = mealOf(time);
  return allSlots()
    .filter((s) => s !== time && !(now && date === now.date && s <= now.time))
    .filter((s) => tablesLeft(restaurant, date, s, room, takenOf(date, s, room)) > 0)
    .sort((a, b) => (mealOf(a) === meal ? 0 : 1) - (mealOf(b) === meal ? 0 : 1) || Math.abs(minutes(a) - minutes(time)) - Math.abs(minutes(b) - minutes(time)) || minutes(a) - minutes(b))
    .slice(0, limit || 3);
}

/**
 * Checks a booking request { restaurantId, date, time, partySize, room } against the rules, in
 * this order: restaurant, date, party size, room, time, tables left. `now` is { date, time } in
 * Beijing time; `takenOf(date, time, room)` counts the tables our bookings hold. Returns
 * { ok: true, restaurant, deposit, tablesLeft, partySize } or { ok: false, code, params }.
 */
function checkBooking(request, now, takenOf) {
  const restaurant = restaurantById(request.restaurantId);
  if (!restaurant) return { ok: false, code: 'unknownRestaurant', params: { id: String(request.restaurantId || '') } };
  const refuse = (code, params) => ({ ok: false, code, params: Object.assign(params, { restaurant: restaurant.name, restaurantEn: restaurant.nameEn }) });
  const { date, time, room } = request;
  const lastDate = clock.addDays(now.date, BOOKING_DAYS - 1);
  if (!clock.isDate(date)) return refuse('badDate', { date: String(date || '') });
  if (date < now.date) return refuse('pastDate', { date });
  if (date > lastDate) return refuse('tooFar', { date, lastDate, days: BOOKING_DAYS });
  const partySize = Number(request.partySize);
  if (!Number.isInteger(partySize) || partySize < 1 || partySize > MAX_PARTY) {
    return refuse('badParty', { partySize: String(request.partySize), max: MAX_PARTY });
  }
  if (ROOMS.indexOf(room) < 0) return refuse('badRoom', { room: String(room || '') });
  if (room === 'hall' && !restaurant.rooms.hall) return refuse('noHall', { min: restaurant.privateMinParty, deposit: depositFor('private') });
  if (room === 'private' && !restaurant.rooms.private) return refuse('noPrivate', { max: HALL_MAX_PARTY });
  if (room === 'hall' && partySize > HALL_MAX_PARTY) return refuse('hallTooMany', { partySize, max: HALL_MAX_PARTY });
  if (room === 'private' && partySize < restaurant.privateMinParty) return refuse('privateTooFew', { partySize, min: restaurant.privateMinParty });
  if (!mealOf(time)) return refuse('badTime', { time: String(time || ''), lunch: data.slots.lunch, dinner: data.slots.dinner });
  if (date === now.date && time <= now.time) return refuse('pastTime', { date, time });
  const left = tablesLeft(restaurant, date, time, room, takenOf(date, time, room));
  if (left === 0) {
    const suggestions = suggestTimes(restaurant, date, room, time, takenOf, now, 3);
    return refuse(suggestions.length ? 'slotFull' : 'dayFull', { date, time, room, suggestions });
  }
  return { ok: true, restaurant, deposit: depositFor(room), tablesLeft: left, partySize };
}

module.exports = {
  HALL_MAX_PARTY,
  MAX_PARTY,
  BOOKING_DAYS,
  fnv1a,
  restaurantById,
  allSlots,
  mealOf,
  depositFor,
  bookedOut,
  tablesLeft,
  suggestTimes,
  checkBooking,
};
