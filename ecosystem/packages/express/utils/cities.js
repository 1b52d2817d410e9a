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

// Accepts a code, a Chinese name (with or without 市) or an English name, also inside a longer
// phrase as people and planners write it (「北京寄」, "from Shanghai"); two different cities in
// one phrase are ambiguous and match none.
function findCity(text) {
  const raw = String(text || '').trim()
  const key = raw.replace(/市$/, '').toLowerCase()
  if (!key) return undefined
  const exact = CITIES.find(function (c) {
    return c.code === key || c.name === key || c.nameEn.toLowerCase() === key
  })
  if (exact) return exact
  const lower = raw.toLowerCase()
  const inside = CITIES.filter(function (c) {
    return raw.indexOf(c.name) >= 0 || new RegExp('\\b' + c.nameEn.toLowerCase().replace("'", "'?") + '\\b').test(lower)
  })
  return inside.length === 1 ? inside[0] : undefined
}

function cityNames(english) {
  return CITIES.map(function (c) { return english ? c.nameEn : c.name }).join(english ? ', ' : '、')
}

module.exports = { CITIES, findCity, cityNames }
