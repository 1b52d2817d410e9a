const { BOUQUETS, imageOf } = require('../../data/bouquets.js')

function listFor(keyword) {
  const word = (keyword || '').trim().toLowerCase()
  return BOUQUETS.filter((b) => !word || [b.name, b.nameEn].concat(b.aliases, b.flowers).some((n) => n.toLowerCase().includes(word))).map((b) =>
    Object.assign({}, b, { image: imageOf(b), flowers: b.flowers.join('、') })
  )
}

Page({
  data: { keyword: '', list: [] },
  onLoad(query) {
    const keyword = (query && query.keyword) || ''
    this.setData({ keyword, list: listFor(keyword) })
  },
  onKeyword(event) {
    const keyword = event.detail.value
    this.setData({ keyword, list: listFor(keyword) })
  },
  onPick(event) {
    wx.navigateTo({ url: '/pages/detail/detail?id=' + event.detail.id })
  }
})
