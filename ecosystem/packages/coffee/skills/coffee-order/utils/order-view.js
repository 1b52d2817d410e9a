// The order as the cards and the model see it (no internal bookkeeping, no contact phone).
function orderView(order) {
  return {
    orderId: order.orderId,
    status: order.status,
    store: { id: order.storeId, name: order.storeName, nameEn: order.storeNameEn },
    fulfilment: order.fulfilment,
    address: order.address ? { id: order.address.id, label: order.address.label, text: order.address.text } : null,
    items: order.items,
    deliveryFee: order.deliveryFee,
    total: order.total,
    pickupCode: order.pickupCode || null,
    etaMinutes: order.etaMinutes || null,
  };
}

module.exports = { orderView: orderView };
