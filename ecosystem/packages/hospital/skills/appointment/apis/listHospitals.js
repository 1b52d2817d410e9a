// The hospitals CareBook registers for, with their departments.
const catalog = require('../../../utils/catalog.js')
const { ok } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function listHospitals(args) {
  const en = isEnglish()
  let hospitals = catalog.hospitalsIn(args.city)
  let note = ''
  if (!hospitals.length) {
    hospitals = catalog.hospitalsIn()
    note = en ? 'There is no partner hospital in ' + args.city + '; these are all the hospitals. ' : args.city + '暂无合作医院，以下是全部医院。'
  }
  const names = hospitals.map(function (h) { return en ? h.nameEn + ' (' + h.cityEn + ')' : h.name + '（' + h.city + '）' })
  const deps = hospitals[0].departments.map(function (d) { return en ? d.nameEn : d.name })
  return ok(en
    ? note + 'Hospitals: ' + names.join(', ') + '; each has ' + deps.join(', ') + '. Ask the user which hospital and department, then look up doctors with listDoctors.'
    : note + '可挂号医院：' + names.join('、') + '，科室：' + deps.join('、') + '。请询问用户要去的医院和科室，再用 listDoctors 查询医生。',
  { hospitals: hospitals })
}
