const skill = wx.modelContext.createSkill('skills/pharmacy')

skill.use(async (ctx, next) => {
  try { await next() } catch (e) {
    console.error('[pharmacy]', ctx.name, e)
    throw e
  }
})

skill.registerAPI('listStores', require('./apis/listStores.js'))
skill.registerAPI('searchProducts', require('./apis/searchProducts.js'))
skill.registerAPI('quoteOrder', require('./apis/quoteOrder.js'))
skill.registerAPI('createOrder', require('./apis/createOrder.js'))
skill.registerAPI('getOrderStatus', require('./apis/getOrderStatus.js'))
skill.registerAPI('cancelOrder', require('./apis/cancelOrder.js'))
skill.registerAPI('onPaymentNotify', require('./apis/onPaymentNotify.js'))
