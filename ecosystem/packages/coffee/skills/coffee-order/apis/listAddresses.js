// listAddresses: the user's delivery addresses, read only with the user's consent (scope.address).
var addressBook = require('../../../lib/delivery-address.js');
var i18n = require('../../../lib/i18n.js');
var reply = require('../utils/reply.js');

module.exports = async function listAddresses() {
  var read = await addressBook.readAddresses();
  if (read.error) return reply.fail(read.error);
  var addresses = read.addresses.map(addressBook.addressView);
  if (!addresses.length) return reply.ok(i18n.t(
    '您还没有保存收货地址。可以改为到店自取，或先在个人资料里添加地址。',
    'You have no saved address yet. Choose pickup at a store, or add an address to your profile first.'), { addresses: [] });
  var names = addresses.map(function (a) { return a.label + i18n.t('（', ' (') + a.city + i18n.t('）', ')'); }).join(i18n.t('、', ', '));
  return reply.ok(i18n.t(
    '您有 ' + addresses.length + ' 个收货地址：' + names + '。外送时使用用户所说地址的 addresses[].id；只能送同城门店。',
    'You have ' + addresses.length + ' address(es): ' + names + '. For delivery use the addresses[].id the user named; delivery is from a store in the same city.'),
    { addresses: addresses });
};
