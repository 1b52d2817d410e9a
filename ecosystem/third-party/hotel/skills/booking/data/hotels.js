// 悦途酒店门店与房型。价格单位：元/间/晚。weekend 为周五、周六晚的价格。
module.exports = [
  { hotelId: 'H01', city: '上海', name: '悦途酒店·上海外滩店', address: '上海市黄浦区九江路288号（近南京东路步行街、外滩）', aliases: ['外滩', '南京东路', 'the bund', 'bund'], breakfastPrice: 68,
    rooms: [
      { roomTypeId: 'H01-STD', name: '高级大床房', bed: '1.8米大床', maxGuests: 2, weekday: 588, weekend: 688 },
      { roomTypeId: 'H01-TWN', name: '高级双床房', bed: '1.2米双床', maxGuests: 2, weekday: 588, weekend: 688 },
      { roomTypeId: 'H01-RIV', name: '江景大床房', bed: '1.8米大床，可看黄浦江', maxGuests: 2, weekday: 888, weekend: 1088 },
      { roomTypeId: 'H01-STE', name: '行政套房', bed: '2米大床+沙发床', maxGuests: 3, weekday: 1588, weekend: 1888 }
    ] },
  { hotelId: 'H02', city: '上海', name: '悦途酒店·上海虹桥枢纽店', address: '上海市闵行区申贵路1500号（近虹桥火车站、虹桥机场T2）', aliases: ['虹桥', '虹桥火车站', '虹桥机场', 'hongqiao'], breakfastPrice: 48,
    rooms: [
      { roomTypeId: 'H02-STD', name: '商务大床房', bed: '1.8米大床', maxGuests: 2, weekday: 399, weekend: 459 },
      { roomTypeId: 'H02-TWN', name: '商务双床房', bed: '1.2米双床', maxGuests: 2, weekday: 399, weekend: 459 },
      { roomTypeId: 'H02-FAM', name: '家庭房', bed: '1.8米大床+1.2米单床', maxGuests: 3, weekday: 599, weekend: 699 }
    ] },
  { hotelId: 'H03', city: '北京', name: '悦途酒店·北京国贸店', address: '北京市朝阳区建国门外大街9号（近国贸地铁站）', aliases: ['国贸', 'CBD', '建国门', 'guomao'], breakfastPrice: 68,
    rooms: [
      { roomTypeId: 'H03-STD', name: '豪华大床房', bed: '1.8米大床', maxGuests: 2, weekday: 659, weekend: 599 },
      { roomTypeId: 'H03-TWN', name: '豪华双床房', bed: '1.2米双床', maxGuests: 2, weekday: 659, weekend: 599 },
      { roomTypeId: 'H03-STE', name: '商务套房', bed: '1.8米大床+客厅', maxGuests: 2, weekday: 1299, weekend: 1199 }
    ] },
  { hotelId: 'H04', city: '杭州', name: '悦途酒店·杭州西湖店', address: '杭州市上城区湖滨路18号（近西湖湖滨、龙翔桥地铁站）', aliases: ['西湖', '湖滨', '龙翔桥', 'west lake'], breakfastPrice: 48,
    rooms: [
      { roomTypeId: 'H04-STD', name: '舒适大床房', bed: '1.8米大床', maxGuests: 2, weekday: 499, weekend: 699 },
      { roomTypeId: 'H04-TWN', name: '舒适双床房', bed: '1.2米双床', maxGuests: 2, weekday: 499, weekend: 699 },
      { roomTypeId: 'H04-LAK', name: '湖景大床房', bed: '1.8米大床，正面西湖', maxGuests: 2, weekday: 799, weekend: 1099 }
    ] }
]
