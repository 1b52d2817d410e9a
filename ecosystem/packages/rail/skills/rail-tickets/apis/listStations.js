// listStations: the stations RailGo sells tickets for, with their cities.
var stations = require('../../../lib/stations.js');
var i18n = require('../../../lib/i18n.js');
var reply = require('../utils/reply.js');

module.exports = async function listStations() {
  var list = stations.all.map(stations.view);
  return reply.ok(i18n.t(
    '可购票的车站共 ' + list.length + ' 个：' + list.map(function (s) { return s.name; }).join('、') + '。查车次时用城市名或车站名即可。',
    list.length + ' stations are served: ' + list.map(function (s) { return s.nameEn; }).join(', ') + '. Search trains by city or station name.'), { stations: list });
};
