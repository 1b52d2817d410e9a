const { DATA, typeByCode } = require('../utils/common.js')

// 门店、教练、课程类型和次卡：后续接口需要的 clubId / coachId / type / packId 都从这里来
module.exports = async function listClubs(args) {
  const city = (args && args.city || '').trim()
  let clubs = DATA.clubs
  if (city) {
    const hit = clubs.filter(c => city.includes(c.city) || c.city.includes(city) ||
      c.cityEn.toLowerCase() === city.toLowerCase())
    if (hit.length) clubs = hit
  }
  const out = clubs.map(c => ({
    clubId: c.id, name: c.name, nameEn: c.nameEn, city: c.city, cityEn: c.cityEn,
    address: c.address, open: c.open, close: c.close,
    coaches: DATA.coaches.filter(k => k.club === c.id).map(k => ({
      coachId: k.id, name: k.name, nameEn: k.nameEn,
      types: k.types, typeNames: k.types.map(t => typeByCode(t).name)
    }))
  }))
  const classTypes = DATA.classTypes.map(t => ({
    type: t.code, name: t.name, nameEn: t.nameEn, minutes: t.minutes, price: t.price
  }))
  const packs = DATA.packs.map(p => ({
    packId: p.id, name: p.name, nameEn: p.nameEn, credits: p.credits, price: p.price, validDays: p.validDays
  }))
  const names = out.map(c => `${c.name}（${c.city}，clubId=${c.clubId}）`).join('、')
  return {
    isError: false,
    content: [{
      type: 'text',
      text: `共 ${out.length} 家门店：${names}。单节课价格：` +
        classTypes.map(t => `${t.name} ¥${t.price}`).join('、') +
        `；10次团课卡 ¥${packs[0].price}。查课请用 clubId、coachId 调用 searchClasses。`
    }],
    structuredContent: { clubs: out, classTypes, packs }
  }
}
