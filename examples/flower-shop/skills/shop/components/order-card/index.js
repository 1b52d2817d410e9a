// The order confirmation card, bound to placeOrder. The hub shows its own confirmation for the
// order and takes the payment; this card shows what was ordered and lets the user ask for
// another time slot, which goes back to the model as the user's own words.
const SLOT_LABELS = { morning: '上午 9:00-12:00', afternoon: '下午 13:00-18:00', evening: '晚间 18:00-21:00' }

Component({
  data: { bouquetName: '', qty: 1, amount: 0, deliveryDate: '', slotLabel: '', addressLabel: '', image: '' },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const order = result.structuredContent || {}
        this.setData({
          bouquetName: order.bouquetName,
          qty: order.qty,
          amount: order.amount,
          deliveryDate: order.deliveryDate,
          slotLabel: SLOT_LABELS[order.timeSlot] || order.timeSlot,
          addressLabel: order.addressLabel,
          image: (result._meta && result._meta.image) || ''
        })
      })
    }
  },
  methods: {
    onChangeSlot() {
      wx.modelContext.sendFollowUpMessage({ content: [{ type: 'text', text: '我想换个送达时段' }] })
    }
  }
})
