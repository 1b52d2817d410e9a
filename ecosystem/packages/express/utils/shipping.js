// The shipping price rule of express.json: first kg, then each started extra kg; 30 kg at most.
const data = require('../data/express.json')
const { findCity, cityNames } = require('./cities.js')

const MAX_KG = 30

// Returns { quote } or { error: { zh, en } } so pages and APIs share one rule and one wording.
function quoteShipping(fromCity, toCity, weightKg) {
  const from = findCity(fromCity)
  const to = findCity(toCity)
  if (!from || !to) {
    const bad = !from ? fromCity : toCity
    return { error: {
      zh: '暂不支持城市「' + bad + '」。可寄城市：' + cityNames(false) + '。',
      en: 'We do not serve "' + bad + '" yet. Cities served: ' + cityNames(true) + '.'
    } }
  }
  const weight = Number(weightKg)
  if (!(weight > 0)) {
    return { error: { zh: '包裹重量必须大于 0 公斤。', en: 'The parcel weight must be more than 0 kg.' } }
  }
  if (weight > MAX_KG) {
    return { error: {
      zh: '单件包裹最重 ' + MAX_KG + ' 公斤，这件 ' + weight + ' 公斤超重了。可以分成几件分别寄出。',
      en: 'A parcel may weigh at most ' + MAX_KG + ' kg; this one is ' + weight + ' kg. Split it into several parcels.'
    } }
  }
  const sameCity = from.code === to.code
  const rate = sameCity ? data.shipping.sameCity : data.shipping.otherCity
  const extraKg = weight > 1 ? Math.ceil(Math.round((weight - 1) * 1000) / 1000) : 0
  const price = rate.first + rate.perExtraKg * extraKg
  return { quote: {
    fromCity: from.code, fromCityName: from.name, fromCityNameEn: from.nameEn,
    toCity: to.code, toCityName: to.name, toCityNameEn: to.nameEn,
    weightKg: weight, sameCity: sameCity, firstKgPrice: rate.first, extraKg: extraKg,
    perExtraKg: rate.perExtraKg, price: price
  } }
}

function describeQuote(q, english) {
  if (english) {
    return q.fromCityNameEn + ' → ' + q.toCityNameEn + ', ' + q.weightKg + ' kg: ¥' + q.price.toFixed(2) +
      ' (' + (q.sameCity ? 'same city' : 'between cities') + ': first kg ¥' + q.firstKgPrice +
      (q.extraKg ? ' + ' + q.extraKg + ' extra kg × ¥' + q.perExtraKg : '') + ')'
  }
  return q.fromCityName + '→' + q.toCityName + '，' + q.weightKg + ' 公斤，运费 ' + q.price.toFixed(2) + ' 元（' +
    (q.sameCity ? '同城' : '跨城') + '首重 ' + q.firstKgPrice + ' 元' +
    (q.extraKg ? ' + 续重 ' + q.extraKg + ' 公斤 × ' + q.perExtraKg + ' 元' : '') + '）'
}

module.exports = { quoteShipping, describeQuote, MAX_KG }
