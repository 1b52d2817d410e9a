// searchTrains: the trains between two places on a date, the one at the asked time first.
var search = require('../../../lib/search.js');
var trips = require('../../../lib/trips.js');
var stations = require('../../../lib/stations.js');
var book = require('../../../lib/book.js');
var words = require('../../../lib/words.js');
var clock = require('../../../lib/clock.js');
var i18n = require('../../../lib/i18n.js');
var reply = require('../utils/reply.js');

function brief(t) {
  return t.number + ' ' + t.departTime + '–' + t.arriveTime;
}

// A station where one can change trains when there is no direct one.
function transfer(from, to, date) {
  var via = stations.all.filter(function (s) {
    return trips.search(from, s.code, date).length && trips.search(s.code, to, date).length;
  })[0];
  return via ? i18n.t('可以在' + i18n.nameOf(via) + '换乘，分两段购票。', 'You could change at ' + i18n.nameOf(via) + ' and book two legs.') : '';
}

function emptyText(r) {
  var route = r.date + ' ' + i18n.nameOf(r.from) + '→' + i18n.nameOf(r.to);
  if (trips.search(r.from.code, r.to.code, r.date).length) return i18n.t(route + ' 当天的车次都已发车。可以查询明天（' + clock.addDays(r.date, 1) + '）的车次。',
    'All trains of ' + route + ' have left. Search for tomorrow (' + clock.addDays(r.date, 1) + ') instead.');
  return i18n.t(route + ' 没有直达车次。', 'There is no direct train for ' + route + '. ') + transfer(r.from.code, r.to.code, r.date);
}

function matchText(r) {
  var first = r.trains[0];
  if (r.exactMatch && !first.onSale) return i18n.t(r.departTime + ' 出发的 ' + first.number + ' 已经发车，不能再购票。',
    'The ' + r.departTime + ' train ' + first.number + ' has already left. ');
  if (r.exactMatch) {
    var text = i18n.t(r.departTime + ' 出发的是 ' + brief(first) + '（' + words.seatsText(first.seats) + '），已排在第一位。',
      'The ' + r.departTime + ' train is ' + brief(first) + ' (' + words.seatsText(first.seats) + '), listed first. ');
    var wanted = r.seat && first.seats.filter(function (s) { return s.seatClass === r.seat; })[0];
    if (wanted && wanted.left === 0) text += i18n.t(first.number + ' ' + wanted.name + '已售罄，无票。', first.number + ' ' + wanted.name.toLowerCase() + ' is sold out. ') + book.alternatives(trips.parseId(first.id), r.seat, 1);
    return text;
  }
  var near = r.trains.filter(function (t) { return t.onSale; }).sort(function (a, b) {
    return Math.abs(clock.toMinutes(a.departTime) - clock.toMinutes(r.departTime)) - Math.abs(clock.toMinutes(b.departTime) - clock.toMinutes(r.departTime));
  }).slice(0, 2).map(brief);
  return i18n.t('没有 ' + r.departTime + ' 出发的车次，最接近的是 ' + words.list(near) + '。', 'No train leaves at ' + r.departTime + '; the closest are ' + words.list(near) + '. ');
}

module.exports = async function searchTrains(args) {
  var found = search.searchTrains(args || {});
  if (found.error) return reply.fail(found.error);
  var r = found.result;
  var onSale = r.trains.filter(function (t) { return t.onSale; });
  var left = r.trains.length - onSale.length;
  if (!onSale.length) return reply.ok(emptyText(r), r);
  var head = i18n.t(r.date + ' ' + i18n.nameOf(r.from) + '→' + i18n.nameOf(r.to) + ' 可购 ' + onSale.length + ' 趟车' + (left ? '（另有 ' + left + ' 趟已发车）' : '') + '：' + onSale.map(brief).join('、') + '。',
    onSale.length + ' trains on sale ' + i18n.nameOf(r.from) + '→' + i18n.nameOf(r.to) + ' on ' + r.date + (left ? ' (' + left + ' already left)' : '') + ': ' + onSale.map(brief).join(', ') + '. ');
  var action = i18n.t('请展示车次列表卡片；用户确定车次、座席和乘车人后，用 bookTickets 订票（trainId 用 trains[].id）。',
    'Show the train list card; once the user has chosen the train, class and passengers, book with bookTickets (trainId is a trains[].id).');
  return reply.ok((r.departTime ? matchText(r) : '') + head + action, r);
};
