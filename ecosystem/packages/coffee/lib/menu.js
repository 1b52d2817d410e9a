// The shop's catalog (stores, drinks, options) read from the merchant data, with the other
// words people use for them, so a request like 「来杯美式」 finds 美式咖啡.
var data = require('../data/coffee.json');
var clock = require('./clock.js');

var STORE_LETTERS = { s1: 'A', s2: 'B', s3: 'C' };
var CITY_EN = { '北京': 'Beijing', '上海': 'Shanghai' };
var DRINK_ALIASES = {
  d01: ['美式', 'americano'], d02: ['拿铁', 'latte'], d03: ['燕麦拿铁', 'oat latte'],
  d04: ['卡布', 'cappuccino'], d05: ['澳瑞白', 'flat white'], d06: ['摩卡', 'mocha'],
  d07: ['焦玛', '玛奇朵', 'macchiato'], d08: ['生椰', '椰子拿铁', 'coconut latte'],
  d09: ['冷萃', 'cold brew'], d10: ['抹茶', 'matcha'], d11: ['热可可', 'hot cocoa'],
  d12: ['柠檬茶', 'lemon tea'], d13: ['桃桃', 'peach oolong'], d14: ['芒果', 'mango'],
  d15: ['橙C', '橙子美式', 'orange americano'], d16: ['香草', 'vanilla latte'],
};

function storeAliases(s) {
  var short = s.name.replace(/店$/, '');
  return [short, short + '门店', s.nameEn + ' store', s.nameEn + ' shop'];
}

function isOpen(store, minutes) {
  var m = minutes === undefined ? clock.now().minutes : minutes;
  return m >= clock.toMinutes(store.open) && m < clock.toMinutes(store.close);
}

function storeView(s) {
  return {
    id: s.id, name: s.name, nameEn: s.nameEn, aliases: storeAliases(s), city: s.city,
    cityEn: CITY_EN[s.city] || s.city, address: s.address, open: s.open, close: s.close, isOpen: isOpen(s),
  };
}

function drinkView(d) {
  return {
    id: d.id, name: d.name, nameEn: d.nameEn, aliases: DRINK_ALIASES[d.id] || [], category: d.category,
    price: d.price, description: d.description, temperatures: d.temperatures.slice(), milks: d.milks.slice(),
    extraShot: d.extraShot,
  };
}

function findStore(id) {
  return data.stores.filter(function (s) { return s.id === id; })[0];
}

function findDrink(id) {
  return data.drinks.filter(function (d) { return d.id === id; })[0];
}

function option(kind, code) {
  return (data.options[kind] || []).filter(function (o) { return o.code === code; })[0];
}

// Stores whose city matches a city written in Chinese or English (「北京」「北京市」「Beijing」).
function storesIn(city) {
  var c = String(city || '').trim().toLowerCase().replace(/市$/, '');
  if (!c) return data.stores.slice();
  return data.stores.filter(function (s) {
    return s.city === c || (CITY_EN[s.city] || '').toLowerCase() === c;
  });
}

module.exports = {
  data: data, storeView: storeView, drinkView: drinkView, findStore: findStore, findDrink: findDrink,
  option: option, storesIn: storesIn, isOpen: isOpen, STORE_LETTERS: STORE_LETTERS, CITY_EN: CITY_EN,
};
