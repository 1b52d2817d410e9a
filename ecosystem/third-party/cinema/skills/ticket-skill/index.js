const skill = wx.modelContext.createSkill('skills/ticket-skill')

skill.use(async (ctx, next) => {
  const t = Date.now()
  await next()
  console.log(`[ticket-skill] ${ctx.name} ${Date.now() - t}ms`)
})

skill.registerAPI('listCinemas', require('./apis/listCinemas.js'))
skill.registerAPI('searchFilms', require('./apis/searchFilms.js'))
skill.registerAPI('searchShowtimes', require('./apis/searchShowtimes.js'))
skill.registerAPI('listSnacks', require('./apis/listSnacks.js'))
skill.registerAPI('createTicketOrder', require('./apis/createTicketOrder.js'))
skill.registerAPI('onTicketPayment', require('./apis/onTicketPayment.js'))
skill.registerAPI('listMyOrders', require('./apis/listMyOrders.js'))
skill.registerAPI('cancelTicketOrder', require('./apis/cancelTicketOrder.js'))
