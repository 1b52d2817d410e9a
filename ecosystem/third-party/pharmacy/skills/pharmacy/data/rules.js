module.exports = {
  deliveryFee: 6,            // 外送运费（元）
  freeDeliveryFrom: 59,      // 商品金额满59元免运费（按优惠前商品金额计）
  maxQtyPerItem: 10,
  shipAfterMinutes: 30,      // 外送订单支付后约30分钟骑手取货（已发货后不能取消）
  // 全场满减活动，自动生效，无需券码
  promotion: { code: 'MJ99', title: '满99减10', minGoods: 99, off: 10 }
}
