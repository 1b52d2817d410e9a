// 康宁大药房门店
module.exports = [
  { storeId: 'SH01', city: '上海', name: '康宁大药房·静安寺店', area: '静安区', address: '上海市静安区南京西路1788号', hours: '08:00-22:00', aliases: ['静安寺', '静安', '南京西路', 'Jing\'an'] },
  { storeId: 'SH02', city: '上海', name: '康宁大药房·徐家汇店', area: '徐汇区', address: '上海市徐汇区漕溪北路88号', hours: '24小时', aliases: ['徐家汇', '徐汇', 'Xujiahui'] },
  { storeId: 'HZ01', city: '杭州', name: '康宁大药房·武林广场店', area: '下城区', address: '杭州市拱墅区武林广场21号', hours: '08:00-22:00', aliases: ['武林', '武林广场', 'Wulin'] },
  { storeId: 'HZ02', city: '杭州', name: '康宁大药房·滨江星光店', area: '滨江区', address: '杭州市滨江区江南大道228号星光大道', hours: '09:00-21:00', aliases: ['滨江', '星光大道', 'Binjiang'] }
]
