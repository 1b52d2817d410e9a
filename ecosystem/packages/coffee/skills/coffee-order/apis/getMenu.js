// getMenu: every drink with its price and what can be chosen for it, plus the option price list.
var menu = require('../../../lib/menu.js');
var i18n = require('../../../lib/i18n.js');
var reply = require('../utils/reply.js');

// { M: 0, L: 3, XL: 6 }: what each option adds to the price (a map, so no one mistakes options for drinks).
function byCode(list) {
  var out = {};
  list.forEach(function (o) { out[o.code] = o.extra || 0; });
  return out;
}

module.exports = async function getMenu() {
  var drinks = menu.data.drinks.map(menu.drinkView);
  var o = menu.data.options;
  var names = drinks.map(function (d) { return i18n.nameOf(d) + ' ¥' + d.price; }).join(i18n.t('、', ', '));
  var text = i18n.t(
    '菜单共 ' + drinks.length + ' 款饮品：' + names + '。大杯 +¥3、超大杯 +¥6、燕麦奶 +¥3（燕麦拿铁自带燕麦奶不加价）、加浓 +¥4，外送加配送费 ¥' + menu.data.fulfilment.delivery.fee + '。按用户说的饮品使用 drinks[].id 下单。',
    'The menu has ' + drinks.length + ' drinks: ' + names + '. Large +¥3, extra large +¥6, oat milk +¥3 (free on the Oat Latte), extra shot +¥4; delivery adds a ¥' + menu.data.fulfilment.delivery.fee + ' fee. Use the drinks[].id of the drink the user named to order.');
  return reply.ok(text, {
    drinks: drinks,
    extras: { size: byCode(o.size), milk: byCode(o.milk), extraShot: o.extraShot.extra, deliveryFee: menu.data.fulfilment.delivery.fee },
    defaults: menu.data.defaults,
  });
};
