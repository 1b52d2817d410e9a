// A restaurant: what it serves, its hall and private rooms, the deposit rule, and the way to book.
const rules = require('../../utils/rules.js');
const data = require('../../data/dining.json');
const { t, en } = require('../../utils/i18n.js');

Page({
  data: {
    found: false,
    error: '',
    restaurant: null,
    tags: '',
    hasHall: false,
    hasPrivate: false,
    hallTables: 0,
    privateRooms: 0,
    privateMinParty: 0,
    hallMaxParty: rules.HALL_MAX_PARTY,
    hallDeposit: data.deposit.hall,
    privateDeposit: data.deposit.private,
    lunch: data.slots.lunch.join(' '),
    dinner: data.slots.dinner.join(' '),
  },

  onLoad(query) {
    const r = rules.restaurantById(query && query.id);
    if (!r) {
      this.setData({ found: false, error: t('unknownRestaurant', { id: (query && query.id) || '' }) });
      return;
    }
    this.setData({
      found: true,
      restaurant: {
        id: r.id,
        name: r.name,
        nameEn: r.nameEn,
        city: r.city,
        area: r.area,
        areaEn: en(r.area),
        cuisine: r.cuisine,
        cuisineEn: en(r.cuisine),
        pricePerPerson: r.pricePerPerson,
        rating: r.rating,
      },
      tags: r.tags.map((tag) => `${tag} ${en(tag)}`).join(' · '),
      hasHall: r.rooms.hall > 0,
      hasPrivate: r.rooms.private > 0,
      hallTables: r.rooms.hall,
      privateRooms: r.rooms.private,
      privateMinParty: r.privateMinParty,
    });
  },

  onBookTable(e) {
    const room = e.currentTarget.dataset.room;
    wx.navigateTo({ url: `/pages/booking/booking?id=${this.data.restaurant.id}&room=${room}` });
  },
});
