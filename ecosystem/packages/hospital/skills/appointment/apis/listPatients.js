// The user's patients (saved passengers with real name and ID number), read with consent.
const { readPatients } = require('../../../utils/patients.js')
const { ok, fail, isDenied, reason } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function listPatients() {
  const en = isEnglish()
  let patients
  try {
    patients = await readPatients()
  } catch (error) {
    if (!isDenied(error)) {
      return fail(en
        ? 'The patients could not be read (' + reason(error) + '). Try again later.'
        : '读取就诊人信息失败（' + reason(error) + '）。请稍后再试。')
    }
    return fail(en
      ? "Without permission to read the patients' real names and ID numbers, no patient can be chosen and no appointment can be booked. The user can allow it and ask again."
      : '没有获得就诊人信息授权，无法选择就诊人，也就无法挂号。用户可以允许读取就诊人信息后再试。')
  }
  if (!patients.length) {
    return ok(en ? 'No patient is saved yet. The user needs to add a patient (real name and ID number) in WeChat before booking.' : '还没有保存就诊人。请用户先在微信中添加就诊人（真实姓名和身份证号）后再挂号。', { patients: [] })
  }
  const names = patients.map(function (p) { return p.name + (en ? ' (' + p.relationNameEn + ')' : '（' + p.relationName + '）') })
  return ok(en
    ? 'Patients: ' + names.join(', ') + '. Use the user as the patient unless they name someone else; for another patient pass that patient\'s id to bookAppointment.'
    : '就诊人：' + names.join('、') + '。请根据用户的要求选择就诊人：没说给谁时默认本人，给家人挂号时把该就诊人的 id 传给 bookAppointment。', { patients: patients })
}
