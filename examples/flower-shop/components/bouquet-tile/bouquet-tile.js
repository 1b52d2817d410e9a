Component({
  properties: {
    bouquet: { type: Object, value: {} },
    image: { type: String, value: '' }
  },
  methods: {
    onTap() {
      this.triggerEvent('pick', { id: this.data.bouquet.id })
    }
  }
})
