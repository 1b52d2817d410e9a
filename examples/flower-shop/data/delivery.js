// Delivery rules: three daily time slots, a per-slot capacity shared by all customers,
// and a fee waived from 200 yuan.
const SLOTS = {
  morning: { label: '上午 9:00-12:00', labelEn: 'morning, 9-12' },
  afternoon: { label: '下午 13:00-18:00', labelEn: 'afternoon, 1-6 pm' },
  evening: { label: '晚间 18:00-21:00', labelEn: 'evening, 6-9 pm' }
}

const SLOT_CAPACITY = 20
const DELIVERY_FEE = 15
const FREE_DELIVERY_FROM = 200

function deliveryFeeFor(goodsAmount) {
  return goodsAmount >= FREE_DELIVERY_FROM ? 0 : DELIVERY_FEE
}

/** Today's date in the shop's time zone (UTC+8), as YYYY-MM-DD. */
function todayInShop() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
}

module.exports = { SLOTS, SLOT_CAPACITY, DELIVERY_FEE, FREE_DELIVERY_FROM, deliveryFeeFor, todayInShop }
