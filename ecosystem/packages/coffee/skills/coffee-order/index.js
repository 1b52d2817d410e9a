// 晨光咖啡 Dawn Coffee: stores, menu, ordering for pickup or delivery, receipts.
var skill = wx.modelContext.createSkill('skills/coffee-order');

skill.registerAPI('listStores', require('./apis/listStores.js'));
skill.registerAPI('getMenu', require('./apis/getMenu.js'));
skill.registerAPI('listAddresses', require('./apis/listAddresses.js'));
skill.registerAPI('placeOrder', require('./apis/placeOrder.js'));
skill.registerAPI('onPaymentResult', require('./apis/onPaymentResult.js'));
skill.registerAPI('listMyOrders', require('./apis/listMyOrders.js'));
