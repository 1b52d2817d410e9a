const skill = wx.modelContext.createSkill('skills/bills')

skill.registerAPI('listBillAccounts', require('./apis/listBillAccounts.js'))
skill.registerAPI('getBill', require('./apis/getBill.js'))
skill.registerAPI('payBill', require('./apis/payBill.js'))
skill.registerAPI('bindBillAccount', require('./apis/bindBillAccount.js'))
skill.registerAPI('mobileTopUp', require('./apis/mobileTopUp.js'))
skill.registerAPI('getProvidentFund', require('./apis/getProvidentFund.js'))
skill.registerAPI('notifyBillPayment', require('./apis/notifyBillPayment.js'))
