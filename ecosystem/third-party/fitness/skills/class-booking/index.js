const skill = wx.modelContext.createSkill('skills/class-booking')

// 简单的调用日志
skill.use(async (ctx, next) => {
  await next()
  if (ctx.result && ctx.result.isError) console.warn('[class-booking]', ctx.name, 'failed')
})

skill.registerAPI('listClubs', require('./apis/listClubs.js'))
skill.registerAPI('searchClasses', require('./apis/searchClasses.js'))
skill.registerAPI('bookClass', require('./apis/bookClass.js'))
skill.registerAPI('buyClassPack', require('./apis/buyClassPack.js'))
skill.registerAPI('listMyBookings', require('./apis/listMyBookings.js'))
skill.registerAPI('cancelBooking', require('./apis/cancelBooking.js'))
skill.registerAPI('onPaymentResult', require('./apis/onPaymentResult.js'))
