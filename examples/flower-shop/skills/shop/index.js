// The shop skill: every API the model may call, registered under the path app.json declares.
const skill = wx.modelContext.createSkill('skills/shop')

// Log each call with its duration; the hub tags console output with the mini-program.
skill.use(async (ctx, next) => {
  const started = Date.now()
  await next()
  console.debug('shop api', ctx.name, Date.now() - started + 'ms')
})

skill.registerAPI('searchBouquets', require('./apis/searchBouquets.js'))
skill.registerAPI('getBouquetDetail', require('./apis/getBouquetDetail.js'))
skill.registerAPI('listAddresses', require('./apis/listAddresses.js'))
skill.registerAPI('placeOrder', require('./apis/placeOrder.js'))
skill.registerAPI('onOrderPaid', require('./apis/onOrderPaid.js'))
