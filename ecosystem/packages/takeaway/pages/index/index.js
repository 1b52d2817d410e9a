// Home: the restaurants that deliver in a city, searchable by restaurant or dish name.
const order = require('../../utils/order.js');
const { cityEn } = require('../../utils/i18n.js');

const CUISINES = {
  noodles: '面食 Noodles',
  sichuan: '川菜 Sichuan',
  healthy: '轻食 Healthy',
  burgers: '汉堡 Burgers',
  cantonese: '粤菜 Cantonese',
  japanese: '日料 Japanese',
};

Page({
  data: {
    cities: [],
    city: '北京',
    keyword: '',
    restaurants: [],
  },

  onLoad(query) {
    const q = query || {};
    const cities = order.cities().map((name) => ({ name, nameEn: cityEn(name) }));
    const city = order.cities().indexOf(q.city) >= 0 ? q.city : '北京';
    this.setData({ cities });
    this.refresh({ city, keyword: q.keyword || '' });
  },

  onSelectCity(e) {
    this.refresh({ city: e.currentTarget.dataset.city });
  },

  onSearchInput(e) {
    this.refresh({ keyword: String(e.detail.value || '').trim() });
  },

  onSelectRestaurant(e) {
    wx.navigateTo({ url: `/pages/menu/menu?id=${e.currentTarget.dataset.id}` });
  },

  onOpenOrders() {
    wx.navigateTo({ url: '/pages/orders/orders' });
  },

  refresh(changes) {
    const next = Object.assign({}, this.data, changes);
    const keyword = String(next.keyword || '').toLowerCase();
    const matches = (text) => String(text).toLowerCase().indexOf(keyword) >= 0;
    const restaurants = order
      .restaurantsInCity(next.city)
      .filter((r) => !keyword || matches(r.name) || matches(r.nameEn) || r.dishes.some((d) => matches(d.name) || matches(d.nameEn)))
      .map((r) => ({
        id: r.id,
        name: r.name,
        nameEn: r.nameEn,
        city: r.city,
        cuisine: CUISINES[r.cuisine] || r.cuisine,
        minOrder: r.minOrder,
        deliveryFee: r.deliveryFee,
        minutes: r.minutes,
        dishes: r.dishes.slice(0, 3).map((d) => d.name).join('、'),
      }));
    this.setData({ city: next.city, keyword: next.keyword, restaurants });
  },
});
