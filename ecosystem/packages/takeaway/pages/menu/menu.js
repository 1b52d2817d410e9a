// A restaurant's menu: add and remove dishes (the cart is kept in the user's storage), see
// the subtotal against the minimum order, then check out.
const order = require('../../utils/order.js');
const orders = require('../../utils/orders.js');
const { t } = require('../../utils/i18n.js');

Page({
  data: {
    restaurantId: '',
    found: false,
    error: '',
    restaurant: null,
    dishes: [],
    count: 0,
    subtotal: 0,
    minOrder: 0,
    deliveryFee: 0,
    shortTip: '',
    message: '',
  },

  onLoad(query) {
    const restaurant = order.restaurantById(query && query.id);
    if (!restaurant) {
      this.setData({ found: false, error: t('unknownRestaurant', { id: (query && query.id) || '' }) });
      return;
    }
    this.setData({ restaurantId: restaurant.id });
    const cart = orders.getCart();
    const items = cart.restaurant === restaurant.id ? cart.items : [];
    this.setData({
      found: true,
      restaurant: { id: restaurant.id, name: restaurant.name, nameEn: restaurant.nameEn, minutes: restaurant.minutes },
      minOrder: restaurant.minOrder,
      deliveryFee: restaurant.deliveryFee,
    });
    this.update(items);
  },

  onAddDish(e) {
    this.changeQty(e.currentTarget.dataset.id, 1);
  },

  onRemoveDish(e) {
    this.changeQty(e.currentTarget.dataset.id, -1);
  },

  onClearCart() {
    if (this.data.restaurantId) this.update([]);
  },

  onCheckout() {
    if (!this.data.restaurantId) return;
    const items = this.cartItems();
    const checked = order.checkOrder(this.data.restaurantId, items);
    if (!checked.ok) {
      const message = t(checked.code, checked.params);
      this.setData({ message });
      wx.showToast({ title: message, icon: 'none' });
      return;
    }
    wx.navigateTo({ url: `/pages/checkout/checkout?restaurant=${this.data.restaurantId}&items=${order.formatItems(items)}` });
  },

  changeQty(dishId, delta) {
    if (!this.data.restaurantId) return;
    const items = this.cartItems();
    const item = items.find((i) => i.dishId === dishId);
    if (item) item.qty = Math.max(0, Math.min(order.MAX_QTY, item.qty + delta));
    else if (delta > 0) items.push({ dishId, qty: 1 });
    this.update(items.filter((i) => i.qty > 0));
  },

  cartItems() {
    return this.data.dishes.filter((d) => d.qty > 0).map((d) => ({ dishId: d.id, qty: d.qty }));
  },

  // Shows the quantities and totals of `items` and keeps them as the cart.
  update(items) {
    const restaurant = order.restaurantById(this.data.restaurantId);
    const qtyOf = (id) => (items.find((i) => i.dishId === id) || { qty: 0 }).qty;
    const dishes = restaurant.dishes.map((d) => ({ id: d.id, name: d.name, nameEn: d.nameEn, price: d.price, qty: qtyOf(d.id) }));
    const priced = order.priceOrder(restaurant.id, items);
    const subtotal = priced.ok ? priced.subtotal : 0;
    const shortBy = order.round2(Math.max(0, restaurant.minOrder - subtotal));
    orders.saveCart({ restaurant: restaurant.id, items });
    this.setData({
      dishes,
      count: items.reduce((sum, i) => sum + i.qty, 0),
      subtotal,
      shortTip: shortBy > 0 ? t('shortTip', { shortBy }) : '',
      message: '',
    });
  },
});
