// Restaurant search with the filters of the home page (city, area, cuisine, tag, keyword).
const data = require('../data/dining.json');

function unique(list) {
  return list.filter((x, i) => list.indexOf(x) === i);
}

function cities() {
  return unique(data.restaurants.map((r) => r.city));
}

/** The areas, cuisines and tags found among a city's restaurants. */
function facets(city) {
  const list = data.restaurants.filter((r) => r.city === city);
  return {
    areas: unique(list.map((r) => r.area)),
    cuisines: unique(list.map((r) => r.cuisine)),
    tags: unique(list.reduce((all, r) => all.concat(r.tags), [])),
  };
}

/** Restaurants matching every filter given (empty filters match all), best rated first. */
function searchRestaurants(filters) {
  const f = filters || {};
  const keyword = String(f.keyword || '').toLowerCase();
  const has = (text) => String(text).toLowerCase().indexOf(keyword) >= 0;
  return data.restaurants
    .filter((r) => !f.city || r.city === f.city)
    .filter((r) => !f.area || r.area === f.area)
    .filter((r) => !f.cuisine || r.cuisine === f.cuisine)
    .filter((r) => !f.tag || r.tags.indexOf(f.tag) >= 0)
    .filter((r) => !keyword || has(r.name) || has(r.nameEn) || has(r.cuisine) || has(r.area) || r.tags.some(has))
    .slice()
    .sort((a, b) => b.rating - a.rating);
}

module.exports = { cities, facets, searchRestaurants };
