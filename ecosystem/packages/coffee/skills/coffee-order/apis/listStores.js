// listStores: every shop with its city, hours and whether it is open now; the shops of the
// city asked for come first (a traveller may still pick a shop elsewhere by name).
var menu = require('../../../lib/menu.js');
var i18n = require('../../../lib/i18n.js');
var reply = require('../utils/reply.js');

function describe(list) {
  return list.map(function (s) {
    return i18n.nameOf(s) + i18n.t('（' + s.city + '，' + (s.isOpen ? '营业中' : '已打烊') + ' ' + s.open + '–' + s.close + '）',
      ' (' + s.cityEn + ', ' + (s.isOpen ? 'open' : 'closed') + ' ' + s.open + '–' + s.close + ')');
  }).join(i18n.t('、', ', '));
}

module.exports = async function listStores(args) {
  var city = (args && args.city) || '';
  var local = city ? menu.storesIn(city).map(menu.storeView) : [];
  var ids = local.map(function (s) { return s.id; });
  var others = menu.data.stores.filter(function (s) { return ids.indexOf(s.id) < 0; }).map(menu.storeView);
  var fact;
  if (!city) fact = i18n.t('共有 ' + others.length + ' 家门店：' + describe(others) + '。', others.length + ' stores: ' + describe(others) + '. ');
  else if (!local.length) fact = i18n.t(city + '暂无门店。其他城市的门店：' + describe(others) + '。', 'No store in ' + city + '. Stores elsewhere: ' + describe(others) + '. ');
  else fact = i18n.t(city + '有 ' + local.length + ' 家门店：' + describe(local) + '。其他城市：' + describe(others) + '。',
    local.length + ' store(s) in ' + city + ': ' + describe(local) + '. Elsewhere: ' + describe(others) + '. ');
  var action = i18n.t('按用户说的门店使用 stores[].id 下单；用户没说门店且所在城市有多家时，请用户选择，不要替用户挑。',
    'Use the stores[].id of the store the user named; if none was named and the city has several, ask the user to choose; do not pick for them.');
  return reply.ok(fact + action, { city: city, stores: local.concat(others) });
};
