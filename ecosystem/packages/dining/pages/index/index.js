// Home: find a restaurant by city, area, cuisine, occasion tag or keyword.
const search = require('../../utils/search.js');
const { en } = require('../../utils/i18n.js');

function options(words) {
  return [{ value: '', label: '不限 Any' }].concat(words.map((w) => ({ value: w, label: `${w} ${en(w)}` })));
}

Page({
  data: {
    cities: [],
    city: '北京',
    areas: [],
    area: '',
    cuisines: [],
    cuisine: '',
    tags: [],
    tag: '',
    keyword: '',
    restaurants: [],
  },

  onLoad(query) {
    const q = query || {};
    const cities = search.cities().map((name) => ({ name, nameEn: en(name) }));
    const city = search.cities().indexOf(q.city) >= 0 ? q.city : '北京';
    this.setData({ cities });
    this.refresh({ city, area: q.area || '', cuisine: q.cuisine || '', tag: q.tag || '', keyword: q.keyword || '' });
  },

  onSelectCity(e) {
    this.refresh({ city: e.currentTarget.dataset.city, area: '', cuisine: '', tag: '' });
  },

  onSelectArea(e) {
    this.refresh({ area: e.currentTarget.dataset.value });
  },

  onSelectCuisine(e) {
    this.refresh({ cuisine: e.currentTarget.dataset.value });
  },

  onSelectTag(e) {
    this.refresh({ tag: e.currentTarget.dataset.value });
  },

  onSearchInput(e) {
    this.refresh({ keyword: String(e.detail.value || '').trim() });
  },

  onSelectRestaurant(e) {
    wx.navigateTo({ url: `/pages/detail/detail?id=${e.currentTarget.dataset.id}` });
  },

  onOpenBookings() {
    wx.navigateTo({ url: '/pages/bookings/bookings' });
  },

  refresh(changes) {
    const f = Object.assign({}, this.data, changes);
    const facets = search.facets(f.city);
    const restaurants = search
      .searchRestaurants({ city: f.city, area: f.area, cuisine: f.cuisine, tag: f.tag, keyword: f.keyword })
      .map((r) => ({
        id: r.id,
        name: r.name,
        nameEn: r.nameEn,
        city: r.city,
        area: r.area,
        cuisine: r.cuisine,
        pricePerPerson: r.pricePerPerson,
        rating: r.rating,
        tags: r.tags.join(' · '),
      }));
    this.setData({
      city: f.city,
      area: f.area,
      cuisine: f.cuisine,
      tag: f.tag,
      keyword: f.keyword,
      areas: options(facets.areas),
      cuisines: options(facets.cuisines),
      tags: options(facets.tags),
      restaurants,
    });
  },
});
