const book = require('../../../lib/order-book.js')

const FILTERS = {
  active: (o) => o.status === 'created' || o.status === 'paid',
  canceled: (o) => o.status === 'canceled' || o.status === 'refunded',
  all: () => true
}

const NAMES = { active: '待支付或待送达的', canceled: '已取消的', all: '' }

module.exports = async function listOrders(args) {
  const status = args.status || 'active'
  const orders = book.readOrders().filter(FILTERS[status] || FILTERS.active)
  if (orders.length === 0) {
    return {
      isError: false,
      content: [{ type: 'text', text: '用户没有' + NAMES[status] + '订单。如用户想订花，可以改用 shop 技能搜索花束。' }],
      structuredContent: { orders: [] }
    }
  }
  const next = orders[0]
  return {
    isError: false,
    content: [
      {
        type: 'text',
        text:
          '用户有 ' + orders.length + ' 个' + NAMES[status] + '订单，最近一单是' + next.bouquetName + '（' + next.deliveryDate + ' ' + book.slotLabel(next.timeSlot) + '，' +
          book.STATUS_LABELS[next.status] + '）。请列出订单，并请用户指明要查看或取消哪一单。'
      }
    ],
    structuredContent: { orders: orders.map(book.summarize) }
  }
}
