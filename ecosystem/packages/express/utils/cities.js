// The cities ParcelTrack picks up from and delivers to. Codes are what the APIs take;
// order lines carry the Chinese name (the shared read model: fromCity 北京).
const CITIES = [
  ['beijing', '北京', 'Beijing'], ['shanghai', '上海', 'Shanghai'], ['tianjin', '天津', 'Tianjin'],
  ['chongqing', '重庆', 'Chongqing'], ['guangzhou', '广州', 'Guangzhou'], ['shenzhen', '深圳', 'Shenzhen'],
  ['hangzhou', '杭州', 'Hangzhou'], ['nanjing', '南京', 'Nanjing'], ['suzhou', '苏州', 'Suzhou'],
  ['wuhan', '武汉', 'Wuhan'], ['chengdu', '成都', 'Chengdu'], ['xian', '西安', "Xi'an"],
  ['zhengzhou', '郑州', 'Zhengzhou'], ['jinan', '济南', 'Jinan'], ['qingdao', '青岛', 'Qingdao'],
  ['changsha', '长沙', 'Changsha'], ['xiamen', '厦门', 'Xiamen'], ['hefei', '合肥', 'Hefei'],
  ['shenyang', '沈阳', 'Shenyang'], ['harbin', '哈尔滨', 'Harbin']
].map(function (c) { return { code: c[0], name: c[1], nameEn: c[2] } })

// Accepts a code, a Chinese name (with or without 市) or an English name.
function findCity(text) {
  const key = String(text || '').trim().replace(/市$/, '').toLowerCase()
  if (!key) return undefined
  return CITIES.find(function (c) {
    return c.code === key || c.name === key || c.nameEn.toLowerCase() === key
  })
}

module.exports = { CITIES, findCity }
