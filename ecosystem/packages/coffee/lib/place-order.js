// Prices a request (store, drinks, pickup or delivery), creates the order with the payment
// service and records it. Nothing is charged here: the user confirms and pays the order.
// Shared by the skill's placeOrder API and the checkout page.
var menu = require('./menu.js');
var i18n = require('./i18n.js');
var money = require('./money.js');
var clock = require('./clock.js');
var drinkLine = require('./drink-line.js');
var addressBook = require('./delivery-address.js');
var orderStore = require('./order-store.js');

function storeNames(list) {
  return list.map(i18n.nameOf).join(i18n.t('、', ', '));
}

function checkOpen(store) {
  if (menu.isOpen(store)) return null;
  var others = menu.storesIn(store.city).filter(function (s) { return s.id !== store.id && menu.isOpen(s); });
  var hours = store.open + '–' + store.close;
  return i18n.t(
    i18n.nameOf(store) + '已打烊，现在不在营业时间（' + hours + '），暂不接单。' + (others.length ? '可以改选营业中的' + storeNames(others) + '，或在营业时间再下单。' : '请在营业时间再下单。'),
    i18n.nameOf(store) + ' is closed now (open ' + hours + ') and takes no orders. ' + (others.length ? 'Choose ' + storeNames(others) + ', which is open now, or order again during opening hours.' : 'Please order again during opening hours.'));
}

// { error } or { order, orderView }
async function placeOrder(args, notifyApi) {
  var store = menu.findStore(args.storeId);
  if (!store) return { error: i18n.t(
    '没有找到门店 ' + args.storeId + '。请先调用 listStores，并使用它返回的 stores[].id；不确定时请问用户选哪家门店（' + storeNames(menu.data.stores) + '）。',
    'There is no store ' + args.storeId + '. Call listStores and use one of its stores[].id; if unsure, ask the user which store (' + storeNames(menu.data.stores) + ').') };
  var items = args.items || [];
  if (!items.length) return { error: i18n.t('订单里还没有饮品。请告诉我要点什么，例如「一杯大杯冰拿铁」。', 'The order has no drinks yet. Say what to order, e.g. "a large iced latte".') };
  var lines = [];
  var shown = [];
  for (var k = 0; k < items.length; k++) {
    var resolved = drinkLine.resolveItem(items[k], k);
    if (resolved.error) return { error: resolved.error };
    lines.push(resolved.line);
    shown.push(resolved.item);
  }
  var fulfilment = args.fulfilment || (args.addressId ? 'delivery' : 'pickup');
  if (!menu.data.fulfilment[fulfilment]) return { error: i18n.t('取餐方式只能是 pickup（自取）或 delivery（外送）。', 'Fulfilment must be pickup or delivery.') };
  var closed = checkOpen(store);
  if (closed) return { error: closed };
  var meta = { store: store.id, fulfilment: fulfilment };
  var address = null;
  var feeFen = 0;
  if (fulfilment === 'delivery') {
    var picked = await addressBook.pickAddress(store, args.addressId);
    if (picked.error) return { error: picked.error };
    address = picked.address;
    meta.address = address.id;
    feeFen = money.fen(menu.data.fulfilment.delivery.fee);
    lines.push({ ref: 'delivery_fee', name: i18n.t('配送费', 'Delivery fee'), qty: 1, unitPrice: money.yuan(feeFen), options: {} });
  }
  var totalFen = lines.reduce(function (sum, l) { return sum + money.fen(l.unitPrice) * l.qty; }, 0);
  var title = i18n.t('晨光咖啡 ', 'Dawn Coffee ') + i18n.nameOf(store) + (fulfilment === 'delivery' ? i18n.t(' 外送', ' delivery') : i18n.t(' 自取', ' pickup'));
  var draft = { title: title, amount: money.yuan(totalFen), lines: lines, meta: meta };
  if (notifyApi) draft.notifyApi = notifyApi;
  var view = await wx.createOrder(draft);
  var order = {
    orderId: view.orderId, storeId: store.id, storeName: store.name, storeNameEn: store.nameEn, fulfilment: fulfilment,
    address: address && { id: address.id, label: address.label, city: address.city, text: address.text, contact: address.contact, phone: address.phone },
    items: shown, deliveryFee: money.yuan(feeFen), total: money.yuan(totalFen), status: 'created', pickupCode: null,
    createdAt: clock.now().ms,
  };
  orderStore.save(order);
  orderStore.addMine(order.orderId);
  return { order: order, orderView: view };
}

module.exports = { placeOrder: placeOrder };
