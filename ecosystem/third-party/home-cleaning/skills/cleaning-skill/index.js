const skill = wx.modelContext.createSkill('skills/cleaning-skill')

skill.use(async (ctx, next) => {
  await next()
  if (ctx.result && ctx.result.isError) console.warn(`[cleaning-skill] ${ctx.name} returned an error`)
})

skill.registerAPI('listServices', require('./apis/listServices.js'))
skill.registerAPI('listMyAddresses', require('./apis/listMyAddresses.js'))
skill.registerAPI('getAvailableSlots', require('./apis/getAvailableSlots.js'))
skill.registerAPI('createBooking', require('./apis/createBooking.js'))
skill.registerAPI('onBookingPayment', require('./apis/onBookingPayment.js'))
skill.registerAPI('listMyBookings', require('./apis/listMyBookings.js'))
skill.registerAPI('rescheduleBooking', require('./apis/rescheduleBooking.js'))
skill.registerAPI('cancelBooking', require('./apis/cancelBooking.js'))
