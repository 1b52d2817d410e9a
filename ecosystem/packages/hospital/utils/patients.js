// Patients are the user's saved passengers (real name + ID number), read only with the user's
// consent (scope.passengers). Aliases let people say 我 / 老婆 / my son.
const ALIASES = {
  self: ['我', '自己', '本人', 'me', 'myself'],
  spouse: ['老婆', '妻子', '爱人', '老公', '丈夫', 'wife', 'husband', 'spouse'],
  child: ['孩子', '儿子', '女儿', '宝宝', 'child', 'son', 'daughter', 'kid'],
  parent: ['爸爸', '妈妈', '父亲', '母亲', 'father', 'mother', 'dad', 'mom'],
  elder: ['爷爷', '奶奶', '外公', '外婆', 'grandfather', 'grandmother', 'grandpa', 'grandma']
}
const RELATION = {
  self: ['本人', 'myself'], spouse: ['配偶', 'spouse'], child: ['子女', 'child'], parent: ['父母', 'parent'], elder: ['长辈', 'elder']
}

function maskId(id) {
  const s = String(id || '')
  return s.length > 8 ? s.slice(0, 4) + '**********' + s.slice(-4) : s
}

function view(p) {
  const relation = RELATION[p.relation] || [p.relation || '其他', p.relation || 'other']
  return {
    id: p.id, name: p.name, nameEn: p.name, aliases: (ALIASES[p.relation] || []).slice(),
    relation: p.relation || 'other', relationName: relation[0], relationNameEn: relation[1], idNumber: maskId(p.idNumber)
  }
}

// Throws the platform's error (e.g. "getPassengers:fail auth deny") for the caller to handle.
async function readPatients() {
  const read = await wx.getPassengers()
  const list = (read && Array.isArray(read.passengers)) ? read.passengers : []
  return list.filter(function (p) { return p && p.id && p.name && p.idNumber }).map(view)
}

// By id when one is named; else by relation (本人 by default), when exactly one patient has it.
function pickPatient(patients, patientId, relation) {
  if (patientId) return patients.find(function (p) { return p.id === patientId })
  const wanted = relation || 'self'
  const related = patients.filter(function (p) { return p.relation === wanted })
  if (related.length === 1) return related[0]
  return wanted === 'self' && patients.length === 1 ? patients[0] : undefined
}

module.exports = { readPatients, pickPatient, maskId }
