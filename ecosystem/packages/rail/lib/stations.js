// Stations, and how people name them: 「北京」「北京南站」「虹桥」「Shanghai Hongqiao」「BJP」
// all find a station; a longer name beats a shorter one inside the same text.
var data = require('../data/rail.json');
var i18n = require('./i18n.js');

function cityEn(s) {
  return s.nameEn.replace(/ (South|North|East|West|Hongqiao)$/, '');
}

function namesOf(s) {
  var names = [s.name, s.name + '站', s.city, s.city + '市', s.city + '站', s.nameEn, s.nameEn + ' station', cityEn(s), s.code];
  var short = s.name.indexOf(s.city) === 0 ? s.name.slice(s.city.length) : '';
  if (short.length >= 2) names.push(short, short + '站');
  return names;
}

function view(s) {
  return { id: s.code, code: s.code, name: s.name, nameEn: s.nameEn, city: s.city, cityEn: cityEn(s),
    aliases: namesOf(s).filter(function (n) { return n !== s.name && n !== s.nameEn && n !== s.code; }) };
}

function byCode(code) {
  return data.stations.filter(function (s) { return s.code === code; })[0];
}

// The station a piece of text names, or undefined.
function resolve(text) {
  var raw = String(text || '').trim();
  if (!raw) return undefined;
  var exact = byCode(raw.toUpperCase());
  if (exact) return exact;
  var hay = raw.toLowerCase();
  var best;
  var bestLength = 0;
  data.stations.forEach(function (s) {
    namesOf(s).forEach(function (n) {
      var name = n.toLowerCase();
      if (name.length > bestLength && (n === s.code ? hay === name : hay.indexOf(name) >= 0)) {
        best = s;
        bestLength = name.length;
      }
    });
  });
  return best;
}

function unknown(text, role) {
  var list = data.stations.map(i18n.nameOf).join(i18n.t('、', ', '));
  return i18n.t(
    '没有找到' + role[0] + '「' + text + '」。可选车站：' + list + '。请换成其中一个城市或车站再查。',
    'No station matches the ' + role[1] + ' "' + text + '". Stations served: ' + list + '. Search again with one of them.');
}

module.exports = { view: view, byCode: byCode, resolve: resolve, unknown: unknown, all: data.stations };
