const stores = require('../../skills/pharmacy/data/stores.js')
Page({
  data: { stores: [] },
  onLoad() { this.setData({ stores }) }
})
