const catalog = require('../../skills/ticket-skill/data/catalog.json')

Page({
  data: { cinemas: [], films: [], city: '北京' },
  onLoad (query) {
    this.show((query && query.city) || '北京')
  },
  show (city) {
    const cinemas = catalog.cinemas.filter(c => c.city === city)
    const ids = cinemas.map(c => c.id)
    const filmIds = [...new Set(catalog.showtimes.filter(s => ids.includes(s.cinemaId)).map(s => s.filmId))]
    const films = catalog.films.filter(f => filmIds.includes(f.id)).map(f => ({ id: f.id, name: f.name, genre: f.genre, rating: f.rating }))
    this.setData({ city, cinemas, films })
  },
  onSwitchCity (e) {
    this.show(e.currentTarget.dataset.city)
  }
})
