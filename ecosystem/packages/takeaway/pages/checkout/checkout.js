// Checkout: the dishes, the delivery fee and the total; the delivery address (read with the
// user's permission, scope.address); an order below the restaurant's minimum is refused.
// Submitting creates the order and pays it (wx.requestPayment).
const order = require('../../utils/order.js');
const orders = require('../../utils/orders.js');
const { clockTimeIn } = require('../../utils/time.js');
const { t, reasonOf } = require('../../utils/i18n.js');

function money(x) {
  return Number(x).toFixed(2);
}

Page({
  data: {
    restaurantId: '',
    items: [],
    ready: false,
    error: '',
    restaurant: null,
    lines: [],
    subtotalText: '',
    deliveryFeeText: '',
    totalText: '',
    belowMinimum: false,
    minimumError: '',
    addresses: [],
    addressId: '',
    addressError: '',
    remark: '',
    canSubmit: false,
    submitting: false,
    payError: '',
  },

  onLoad(query) {
    const q = query || {};
    const cart = orders.getCart();
    const restaurantId = q.restaurant || cart.restaurant;
    const items = q.items ? order.parseItems(q.items) : cart.restaurant === restaurantId ? cart.items : [];
    const priced = order.priceOrder(restaurantId, items);
    if (!priced.ok) {
      this.setData({ ready: false, error: t(priced.code, priced.params) });
      return;
    }
    const checked = order.checkOrder(priced.restaurant.id, items);
    this.setData({
      restaurantId: priced.restaurant.id,
      items,
      ready: true,
      restaurant: { id: priced.restaurant.id, name: priced.restaurant.name, nameEn: priced.restaurant.nameEn, city: priced.restaurant.city },
      lines: priced.lines.map((l) => ({ id: l.ref, name: l.name, nameEn: l.nameEn, qty: l.qty, amountText: money(l.amount) })),
      subtotalText: money(priced.subtotal),
      deliveryFeeText: money(priced.deliveryFee),
      totalText: money(priced.total),
      belowMinimum: priced.belowMinimum,
      minimumError: checked.ok ? '' : t(checked.code, checked.params),
    });
    return this.loadAddresses();
  },

  onRetryAddress() {
    if (!this.data.ready) return undefined;
    return this.loadAddresses();
  },

  onSelectAddress(e) {
    const address = this.data.addresses.find((a) => a.id === e.currentTarget.dataset.id);
    if (!address) return;
    const addressError = address.deliverable ? '' : t('outOfRange', { restaurant: this.data.restaurant.name, restaurantEn: this.data.restaurant.nameEn, city: this.data.restaurant.city });
    this.setData({ addressId: address.id, addressError });
    this.refreshSubmit();
  },

  onRemarkInput(e) {
    this.setData({ remark: String(e.detail.value || '').slice(0, 50) });
  },

  onBackToMenu() {
    wx.redirectTo({ url: `/pages/menu/menu?id=${this.data.restaurantId}` });
  },

  async loadAddresses() {
    let list;
    try {
      list = (await wx.getAddressList()).addresses || [];
    } catch (error) {
      const reason = reasonOf(error);
      const denied = reason.indexOf('auth deny') >= 0 || reason.indexOf('auth denied') >= 0;
      this.setData({ addresses: [], addressId: '', addressError: denied ? t('addressDenied') : t('addressFailed', { reason }) });
      this.refreshSubmit();
      return;
    }
    const restaurant = order.restaurantById(this.data.restaurantId);
    const addresses = list.map((a) => ({
      id: a.id,
      label: a.label,
      contact: a.contact,
      phone: a.phone,
      city: a.city,
      text: a.text,
      deliverable: order.canDeliver(restaurant, a),
    }));
    const first = addresses.find((a) => a.deliverable);
    this.setData({
      addresses,
      addressId: first ? first.id : '',
      addressError: addresses.length === 0 ? t('noAddress') : first ? '' : t('outOfRange', { restaurant: restaurant.name, restaurantEn: restaurant.nameEn, city: restaurant.city }),
    });
    this.refreshSubmit();
  },

  refreshSubmit() {
    const address = this.data.addresses.find((a) => a.id === this.data.addressId);
    this.setData({ canSubmit: this.data.ready && !this.data.belowMinimum && Boolean(address && address.deliverable) && !this.data.submitting });
  },

  async onSubmitOrder() {
    if (!this.data.ready || this.data.submitting) return;
    const checked = order.checkOrder(this.data.restaurantId, this.data.items);
    if (!checked.ok) {
      const message = t(checked.code, checked.params);
      this.setData({ minimumError: message });
      wx.showToast({ title: message, icon: 'none' });
      return;
    }
    const address = this.data.addresses.find((a) => a.id === this.data.addressId);
    if (!address || !address.deliverable) {
      const message = this.data.addressError || t('chooseAddress');
      this.setData({ addressError: message });
      wx.showToast({ title: message, icon: 'none' });
      return;
    }
    this.setData({ submitting: true, canSubmit: false, payError: '' });
    const restaurant = checked.restaurant;
    let created;
    try {
      created = await wx.createOrder({
        title: `食刻外卖 · ${restaurant.name}`,
        amount: checked.total,
        lines: order.paymentLines(checked),
        meta: { restaurant: restaurant.id, address: address.id },
      });
    } catch (error) {
      this.setData({ submitting: false, payError: t('orderFailed', { reason: reasonOf(error) }) });
      this.refreshSubmit();
      return;
    }
    orders.saveOrder({
      orderId: created.orderId,
      status: 'pending',
      restaurant: restaurant.id,
      restaurantName: restaurant.name,
      restaurantNameEn: restaurant.nameEn,
      lines: checked.lines,
      subtotal: checked.subtotal,
      deliveryFee: checked.deliveryFee,
      total: checked.total,
      address: { id: address.id, label: address.label, contact: address.contact, phone: address.phone, text: address.text },
      remark: this.data.remark,
      createdAt: Date.now(),
    });
    wx.requestPayment({
      orderId: created.orderId,
      success: () => {
        const eta = clockTimeIn(restaurant.minutes);
        orders.updateOrder(created.orderId, { status: 'paid', paidAt: Date.now(), eta });
        orders.clearCart();
        wx.showToast({ title: t('paid', { restaurant: restaurant.name, restaurantEn: restaurant.nameEn, eta }), icon: 'none' });
        wx.redirectTo({ url: `/pages/result/result?orderId=${created.orderId}` });
      },
      fail: (error) => {
        orders.updateOrder(created.orderId, { status: 'unpaid' });
        this.setData({ submitting: false, payError: t('payCanceled', { reason: reasonOf(error) }) });
        this.refreshSubmit();
      },
    });
  },
});
