// Housing provident fund accounts of data/bills.json, found by the real-name ID number.
const data = require('../data/bills.json')

const CITY_EN = { 北京: 'Beijing', 上海: 'Shanghai' }

function findFund(idNumber) {
  const f = data.providentFund.find(function (x) { return x.idNumber === idNumber })
  if (!f) return undefined
  return {
    name: f.name, city: f.city, cityEn: CITY_EN[f.city] || f.city, balance: f.balance, monthlyDeposit: f.monthlyDeposit,
    lastDeposit: f.lastDeposit, status: f.status, statusEn: f.status === '正常缴存' ? 'contributing normally' : f.status,
    idNumber: f.idNumber.slice(0, 4) + '**********' + f.idNumber.slice(-4)
  }
}

module.exports = { findFund }
