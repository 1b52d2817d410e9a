// The user's bound accounts (listBillAccounts); a tap on pay asks to pay that bill.
Component({
  data: { accounts: [] },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const accounts = ((result.structuredContent || {}).accounts || []).map((a) => Object.assign({}, a, { dueText: Number(a.due || 0).toFixed(2) }))
        this.setData({ accounts: accounts })
      })
    }
  },
  methods: {
    onPay(e) {
      const { id, name } = e.currentTarget.dataset
      wx.modelContext.sendFollowUpMessage({ content: [
        { type: 'text', text: '缴纳' + name },
        { type: 'api/call', data: { name: 'payBill', arguments: { accountId: id } } }
      ] })
    }
  }
})
