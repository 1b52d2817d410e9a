const { findBouquet, imageOf } = require('../../data/bouquets.js')

Page({
  data: { bouquet: null, image: '', flowers: '' },
  onLoad(query) {
    this.show(query && query.id)
    // opened from the assistant: getBouquetDetail hands off with id=<bouquetId>
    wx.onAgentHandoff(({ query: handoffQuery }) => {
      const match = /(?:^|&)id=([^&]+)/.exec(handoffQuery || '')
      if (match) this.show(decodeURIComponent(match[1]))
    })
  },
  show(id) {
    const bouquet = findBouquet(id)
    if (!bouquet) return this.setData({ bouquet: null })
    this.setData({ bouquet, image: imageOf(bouquet), flowers: bouquet.flowers.join('、') })
  },
  onBack() {
    wx.navigateBack()
  }
})
