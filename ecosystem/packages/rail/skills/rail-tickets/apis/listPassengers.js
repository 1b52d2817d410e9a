// listPassengers: the user's saved passengers (real-name), read only with the user's consent.
var passengers = require('../../../lib/passengers.js');
var i18n = require('../../../lib/i18n.js');
var reply = require('../utils/reply.js');

module.exports = async function listPassengers() {
  var read = await passengers.read();
  if (read.error) return reply.fail(read.error);
  var list = read.passengers.map(passengers.view);
  if (!list.length) return reply.ok(i18n.t('您还没有添加乘车人。请先在个人资料里添加乘车人（姓名和证件号）后再购票。',
    'You have no saved passengers. Add a passenger (name and ID) to your profile before booking.'), { passengers: [] });
  var names = list.map(function (p) { return p.name + i18n.t('（' + p.relationName + '）', ' (' + p.relationName + ')'); }).join(i18n.t('、', ', '));
  return reply.ok(i18n.t('您有 ' + list.length + ' 位乘车人：' + names + '。按用户说的人（如 我、老婆）使用 passengers[].id 购票；没说给谁买且不止一位时，请问用户。',
    'You have ' + list.length + ' passenger(s): ' + names + '. Use the passengers[].id of the people the user named (me, my wife…); if nobody was named and there are several, ask.'), { passengers: list });
};
