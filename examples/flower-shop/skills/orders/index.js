// The orders skill: reading and canceling the user's own orders.
const skill = wx.modelContext.createSkill('skills/orders')

skill.registerAPI('listOrders', require('./apis/listOrders.js'))
skill.registerAPI('viewOrder', require('./apis/viewOrder.js'))
skill.registerAPI('cancelOrder', require('./apis/cancelOrder.js'))
