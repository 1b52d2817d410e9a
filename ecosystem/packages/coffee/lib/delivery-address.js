// Finds the delivery address among the user's addresses (read only with the user's consent,
// scope.address). Delivery is same-city only: the address must be in the store's city.
var i18n = require('./i18n.js');
var menu = require('./menu.js');

var ALIASES = {
  home: ['家', '我家', '家里', 'home', 'my home'],
  work: ['公司', '单位', '办公室', 'work', 'office'],
};

function addressView(a) {
  var aliases = (ALIASES[a.id] || []).concat(ALIASES[String(a.label).toLowerCase()] || []);
  return { id: a.id, name: a.label, label: a.label, aliases: aliases, city: a.city, text: a.text, contact: a.contact };
}

function labels(list) {
  return list.map(function (a) { return a.label; }).join(i18n.t('、', ', '));
}

async function readAddresses() {
  try {
    var result = await wx.getAddressList();
    return { addresses: (result && result.addresses) || [] };
  } catch (e) {
    var msg = String((e && (e.errMsg || e.message)) || e);
    if (msg.indexOf('auth deny') < 0) throw e;
    return { error: i18n.t(
      '您没有授权晨光咖啡读取收货地址，所以无法外送。可以改为到店自取；如需外送，请在授权时允许读取地址。',
      'You did not allow Dawn Coffee to read your addresses, so it cannot deliver. Choose pickup at a store instead, or allow address access to get delivery.') };
  }
}

// { address } or { error }: by id when given, else the only address in the store's city.
async function pickAddress(store, addressId) {
  var read = await readAddresses();
  if (read.error) return read;
  var list = read.addresses;
  var cityName = i18n.isEn() ? menu.CITY_EN[store.city] || store.city : store.city;
  if (addressId) {
    var found = list.filter(function (a) { return a.id === addressId; })[0];
    if (!found) return { error: i18n.t(
      '没有找到收货地址 ' + addressId + '。您的地址有：' + (labels(list) || '无') + '。请用 listAddresses 返回的 addresses[].id 重新下单，或改为自取。',
      'There is no address ' + addressId + '. Your addresses: ' + (labels(list) || 'none') + '. Use an addresses[].id from listAddresses, or choose pickup.') };
    if (found.city !== store.city) return { error: i18n.t(
      i18n.nameOf(store) + '只做同城配送（' + store.city + '市内），地址「' + found.label + '」在' + found.city + '。请选择' + found.city + '的门店，或改为到店自取。',
      i18n.nameOf(store) + ' delivers within ' + cityName + ' only (same-city delivery); "' + found.label + '" is in another city. Choose a store in that city, or pickup.') };
    return { address: found };
  }
  var local = list.filter(function (a) { return a.city === store.city; });
  if (local.length === 1) return { address: local[0] };
  if (!local.length) return { error: i18n.t(
    '您在' + store.city + '没有收货地址，' + i18n.nameOf(store) + '只做同城配送。可以改为到店自取，或先在个人资料里添加' + store.city + '的地址。',
    'You have no address in ' + cityName + ', and ' + i18n.nameOf(store) + ' delivers within the same city only. Choose pickup, or add an address in ' + cityName + ' first.') };
  return { error: i18n.t(
    '您有多个收货地址：' + labels(local) + '。请告诉我送到哪一个（addressId 来自 listAddresses），不要替用户猜。',
    'You have several addresses: ' + labels(local) + '. Ask which one to deliver to (addressId comes from listAddresses); do not guess.') };
}

module.exports = { readAddresses: readAddresses, pickAddress: pickAddress, addressView: addressView };
