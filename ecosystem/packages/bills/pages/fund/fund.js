const { findFund } = require('../../utils/fund.js')
const { pick } = require('../../utils/i18n.js')

Page({
  data: { fund: null, balanceText: '', message: '' },
  async onLoad() {
    let person
    try {
      person = await wx.getRealName()
    } catch (e) {
      return this.setData({ message: pick('没有实名信息授权，无法查询公积金。', 'Without your real-name authorization the provident fund cannot be looked up.') })
    }
    const fund = findFund(person.idNumber)
    if (!fund) return this.setData({ message: pick('没有查到您的公积金账户（支持北京、上海）。', 'No provident fund account found (Beijing and Shanghai only).') })
    this.setData({ fund: fund, balanceText: fund.balance.toFixed(2) })
  }
})
