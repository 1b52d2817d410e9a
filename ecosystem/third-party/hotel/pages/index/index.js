const hotels = require('../../skills/booking/data/hotels.js')
Page({
  data: { hotels: [] },
  onLoad() { this.setData({ hotels: hotels.map(h => ({ hotelId: h.hotelId, name: h.name, address: h.address })) }) }
})
