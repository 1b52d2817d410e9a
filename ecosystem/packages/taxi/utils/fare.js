// The pricing rule of data/taxi.json, exactly as stated there:
//   road km = round1(haversine km × 1.3); minutes = ceil(road km / 30 × 60);
//   fixed fare = round2(base + perKm × road km + perMin × minutes); rides only within one city.
// Pure functions: no wx calls, so the rule can be checked on its own.
const data = require('../data/taxi.json');

const EARTH_RADIUS_KM = 6371;
const ROAD_FACTOR = 1.3;
const AVERAGE_SPEED_KMH = 30;

function toRad(degrees) {
  return (degrees * Math.PI) / 180;
}

function placeById(id) {
  return data.places.find((p) => p.id === id) || null;
}

function carTypeByCode(code) {
  return data.carTypes.find((c) => c.code === code) || null;
}

function cities() {
  const list = [];
  data.places.forEach((p) => {
    if (list.indexOf(p.city) < 0) list.push(p.city);
  });
  return list;
}

function placesInCity(city) {
  return data.places.filter((p) => p.city === city);
}

function allPlaces() {
  return data.places.slice();
}

/** Road distance between two places, rounded to 0.1 km. */
function roadKm(a, b) {
  const h =
    Math.sin(toRad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(toRad(b.lng - a.lng) / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)) * ROAD_FACTOR * 10) / 10;
}

function tripMinutes(km) {
  return Math.ceil((km / AVERAGE_SPEED_KMH) * 60);
}

function fixedFare(carType, km, minutes) {
  return Math.round((carType.base + carType.perKm * km + carType.perMin * minutes) * 100) / 100;
}

/**
 * Checks a route. Returns { ok: true, from, to, km, minutes } or { ok: false, code, params }
 * with code one of: missingFrom, missingTo, unknownPlace, samePlace, crossCity.
 */
function checkRoute(fromId, toId) {
  if (!fromId) return { ok: false, code: 'missingFrom', params: {} };
  if (!toId) return { ok: false, code: 'missingTo', params: {} };
  const from = placeById(fromId);
  if (!from) return { ok: false, code: 'unknownPlace', params: { id: fromId } };
  const to = placeById(toId);
  if (!to) return { ok: false, code: 'unknownPlace', params: { id: toId } };
  if (from.id === to.id) return { ok: false, code: 'samePlace', params: { from: from.name, fromEn: from.nameEn } };
  if (from.city !== to.city) {
    return { ok: false, code: 'crossCity', params: { fromCity: from.city, toCity: to.city } };
  }
  const km = roadKm(from, to);
  return { ok: true, from, to, km, minutes: tripMinutes(km) };
}

/** The fixed fare of every car type for a route, or the route's error. */
function estimate(fromId, toId) {
  const route = checkRoute(fromId, toId);
  if (!route.ok) return route;
  const options = data.carTypes.map((c) => ({
    code: c.code,
    name: c.name,
    nameEn: c.nameEn,
    fare: fixedFare(c, route.km, route.minutes),
    fareText: fixedFare(c, route.km, route.minutes).toFixed(2),
  }));
  return { ok: true, from: route.from, to: route.to, km: route.km, minutes: route.minutes, options };
}

/** The fixed fare of one car type for a route: { ok, fare, km, minutes, carType } or an error. */
function quote(fromId, toId, carTypeCode) {
  const route = checkRoute(fromId, toId);
  if (!route.ok) return route;
  const carType = carTypeByCode(carTypeCode);
  if (!carType) return { ok: false, code: 'unknownCarType', params: { code: String(carTypeCode || '') } };
  const fare = fixedFare(carType, route.km, route.minutes);
  return { ok: true, from: route.from, to: route.to, km: route.km, minutes: route.minutes, carType, fare };
}

module.exports = {
  carTypes: data.carTypes,
  cities,
  placesInCity,
  allPlaces,
  placeById,
  carTypeByCode,
  roadKm,
  tripMinutes,
  fixedFare,
  checkRoute,
  estimate,
  quote,
};
