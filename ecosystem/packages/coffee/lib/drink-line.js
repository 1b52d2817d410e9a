// Turns one requested drink into a priced order line, applying the menu's rules:
// line price = drink + size extra + milk extra (free when it is the drink's only, base milk)
// + extra shot when chosen. Returns { line } or { error } (a sentence the user can act on).
var menu = require('./menu.js');
var i18n = require('./i18n.js');
var money = require('./money.js');

var MAX_QTY = 50;

function labels(kind, codes) {
  return codes.map(function (c) { return i18n.nameOf(menu.option(kind, c)); }).join(i18n.t('、', ', '));
}

function pickTemperature(drink, asked) {
  if (asked) return drink.temperatures.indexOf(asked) >= 0 ? { code: asked } : {
    error: i18n.t(
      drink.name + '只做' + labels('temperature', drink.temperatures) + '，不能做' + i18n.nameOf(menu.option('temperature', asked)) + '。可以改选' + labels('temperature', drink.temperatures) + '，或换一款饮品。',
      drink.nameEn + ' is served ' + labels('temperature', drink.temperatures) + ' only, not ' + i18n.nameOf(menu.option('temperature', asked)).toLowerCase() + '. Choose one of those, or another drink.'),
  };
  var preferred = menu.data.defaults.temperature;
  return { code: drink.temperatures.indexOf(preferred) >= 0 ? preferred : drink.temperatures[0] };
}

function pickMilk(drink, asked) {
  if (!drink.milks.length) {
    if (!asked) return { code: undefined };
    return { error: i18n.t(
      drink.name + '不加奶，不能选择' + i18n.nameOf(menu.option('milk', asked)) + '。想要奶咖可以改点拿铁等奶咖，或不选奶。',
      drink.nameEn + ' is made without milk, so ' + i18n.nameOf(menu.option('milk', asked)).toLowerCase() + ' cannot be chosen. Order a milk drink such as a Latte, or leave milk out.') };
  }
  if (asked && drink.milks.indexOf(asked) < 0) return { error: i18n.t(
    drink.name + '只能选' + labels('milk', drink.milks) + '。请改选其中一种。',
    drink.nameEn + ' comes with ' + labels('milk', drink.milks) + ' only. Please choose that.') };
  var preferred = menu.data.defaults.milk;
  return { code: asked || (drink.milks.indexOf(preferred) >= 0 ? preferred : drink.milks[0]) };
}

function describe(drink, options) {
  var parts = [i18n.nameOf(menu.option('size', options.size)), i18n.nameOf(menu.option('temperature', options.temperature)),
    i18n.nameOf(menu.option('sugar', options.sugar))];
  if (options.milk) parts.push(i18n.nameOf(menu.option('milk', options.milk)));
  if (options.extraShot) parts.push(i18n.nameOf(menu.data.options.extraShot));
  return parts.join('/');
}

function resolveItem(item, index) {
  var where = i18n.t('第 ' + (index + 1) + ' 杯', 'Drink ' + (index + 1));
  var drink = menu.findDrink(item && item.drinkId);
  if (!drink) return { error: i18n.t(
    where + '：没有找到饮品 ' + (item && item.drinkId) + '。请先调用 getMenu 查看菜单，并使用它返回的 drinks[].id，不要自己编造。',
    where + ': there is no drink ' + (item && item.drinkId) + '. Call getMenu first and use one of its drinks[].id; never invent one.') };
  var qty = item.qty === undefined ? 1 : item.qty;
  if (!(qty >= 1 && qty <= MAX_QTY && Math.floor(qty) === qty)) return { error: i18n.t(
    where + '：数量必须是 1 到 ' + MAX_QTY + ' 之间的整数。', where + ': the quantity must be a whole number from 1 to ' + MAX_QTY + '.') };
  var size = menu.option('size', item.size || menu.data.defaults.size);
  var sugar = menu.option('sugar', item.sugar || menu.data.defaults.sugar);
  if (!size || !sugar) return { error: i18n.t(where + '：规格或甜度不在菜单上。杯型可选 M/L/XL，甜度可选 standard/less/half/none。',
    where + ': unknown size or sugar. Sizes are M/L/XL; sugar is standard/less/half/none.') };
  var temperature = pickTemperature(drink, item.temperature);
  if (temperature.error) return { error: where + '：' + temperature.error };
  var milk = pickMilk(drink, item.milk);
  if (milk.error) return { error: where + '：' + milk.error };
  if (item.extraShot && !drink.extraShot) return { error: i18n.t(
    where + '：' + drink.name + '不含咖啡，不能加浓缩。可以去掉加浓，或换一款咖啡。',
    where + ': ' + drink.nameEn + ' has no coffee, so an extra shot cannot be added. Drop the extra shot or pick a coffee.') };
  var options = { size: size.code, temperature: temperature.code, sugar: sugar.code };
  var unit = money.fen(drink.price) + money.fen(size.extra);
  if (milk.code) {
    options.milk = milk.code;
    var baseMilk = drink.milks.length === 1 && drink.milks[0] === milk.code;
    if (!baseMilk) unit += money.fen(menu.option('milk', milk.code).extra);
  }
  if (item.extraShot) {
    options.extraShot = true;
    unit += money.fen(menu.data.options.extraShot.extra);
  }
  var label = describe(drink, options);
  return {
    line: { ref: drink.id, name: i18n.nameOf(drink) + i18n.t('（' + label + '）', ' (' + label + ')'), qty: qty, unitPrice: money.yuan(unit), options: options },
    item: { drinkId: drink.id, name: drink.name, nameEn: drink.nameEn, qty: qty, options: options, optionsText: label,
      unitPrice: money.yuan(unit), lineTotal: money.yuan(unit * qty) },
  };
}

module.exports = { resolveItem: resolveItem, describe: describe, MAX_QTY: MAX_QTY };
