// Phrases shared by the APIs and pages: a trip, a seat class, a passenger list, in the user's language.
var i18n = require('./i18n.js');
var money = require('./money.js');
var stations = require('./stations.js');
var trips = require('./trips.js');

function station(code) {
  return i18n.nameOf(stations.byCode(code));
}

function seatName(code) {
  return i18n.nameOf(trips.seatClass(code));
}

// 「G115 2026-11-21 北京南 15:00→上海虹桥 19:33」
function trip(t) {
  return t.number + ' ' + t.date + ' ' + station(t.from) + ' ' + t.departTime + '→' + station(t.to) + ' ' + t.arriveTime;
}

// 「二等座 ¥606.50 余 12 张」 for each class
function seatsText(seats) {
  return seats.map(function (s) {
    return s.name + ' ' + money.show(money.fen(s.price)) + (s.left > 0 ? i18n.t(' 余 ' + s.left + ' 张', ' ' + s.left + ' left') : i18n.t(' 已售罄', ' sold out'));
  }).join(i18n.t('，', ', '));
}

function list(names) {
  return names.join(i18n.t('、', ', '));
}

module.exports = { station: station, seatName: seatName, trip: trip, seatsText: seatsText, list: list };
