// The user's bound accounts (listBillAccounts); a tap on pay asks to pay that bill.
Component({
  data: { accounts: [] },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        this.setData({ accounts: (result.structuredContent || {}).accounts || [] })
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
