// Hospitals, departments, titles and doctors of data/hospital.json, as the entities the APIs list.
const data = require('../data/hospital.json')
const { nameEn } = require('./pinyin.js')

const CITY_EN = { 北京: 'Beijing', 上海: 'Shanghai' }

function byCode(list, code) {
  return list.find(function (x) { return x.code === code })
}

function hospital(id) {
  const h = data.hospitals.find(function (x) { return x.id === id })
  if (!h) return undefined
  const short = h.name.replace(h.city, '')
  return {
    id: h.id, name: h.name, nameEn: h.nameEn, city: h.city, cityEn: CITY_EN[h.city] || h.city,
    aliases: [short, short.replace(/医院$/, ''), h.nameEn.replace(/^(Beijing|Shanghai) /, '')],
    departments: data.departments.map(function (d) { return { code: d.code, name: d.name, nameEn: d.nameEn } })
  }
}

// Accepts 北京, 北京市, Beijing, beijing.
function sameCity(city, text) {
  const key = String(text || '').trim().replace(/市$/, '').toLowerCase()
  return key === city || key === String(CITY_EN[city] || '').toLowerCase()
}

function hospitalsIn(city) {
  return data.hospitals.filter(function (h) { return !city || sameCity(h.city, city) }).map(function (h) { return hospital(h.id) })
}

function periodOf(code) {
  return byCode(data.periods, code)
}

function doctor(id) {
  const d = data.doctors.find(function (x) { return x.id === id })
  if (!d) return undefined
  const h = hospital(d.hospital)
  const dep = byCode(data.departments, d.department)
  const title = byCode(data.titles, d.title)
  const en = nameEn(d.name)
  return {
    id: d.id, name: d.name, nameEn: en,
    aliases: [d.name + '医生', d.name + '大夫', 'Dr. ' + en, 'Dr ' + en],
    hospitalId: h.id, hospitalName: h.name, hospitalNameEn: h.nameEn, city: h.city,
    department: dep.code, departmentName: dep.name, departmentNameEn: dep.nameEn,
    title: title.code, titleName: title.name, titleNameEn: title.nameEn, fee: title.fee,
    weekdays: d.weekdays.slice(), periods: d.periods.slice()
  }
}

function doctors(filter) {
  return data.doctors.filter(function (d) {
    return (!filter.hospitalIds || filter.hospitalIds.indexOf(d.hospital) >= 0) &&
      (!filter.department || d.department === filter.department) &&
      (!filter.title || d.title === filter.title)
  }).map(function (d) { return doctor(d.id) })
}

function departmentOf(code) {
  return byCode(data.departments, code)
}

module.exports = { data, hospital, hospitalsIn, doctor, doctors, periodOf, departmentOf, CITY_EN }
