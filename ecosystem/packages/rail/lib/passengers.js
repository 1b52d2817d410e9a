// The user's passengers (real names and ID numbers), read only with the user's consent
// (scope.passengers), and the words people use for them: 我/自己 for oneself, 老婆/wife…
var i18n = require('./i18n.js');

var RELATIONS = {
  self: { zh: '本人', en: 'self', aliases: ['我', '自己', '本人', '我自己', 'me', 'myself'] },
  spouse: { zh: '配偶', en: 'spouse', aliases: ['老婆', '妻子', '爱人', '老公', '丈夫', '媳妇', 'wife', 'husband', 'spouse'] },
  child: { zh: '子女', en: 'child', aliases: ['孩子', '儿子', '女儿', 'child', 'son', 'daughter', 'kid'] },
  parent: { zh: '父母', en: 'parent', aliases: ['爸爸', '妈妈', '父亲', '母亲', 'father', 'mother', 'dad', 'mom'] },
};

function maskId(idNumber) {
  var s = String(idNumber || '');
  return s.length > 8 ? s.slice(0, 4) + '**********' + s.slice(-4) : '****';
}

function view(p) {
  var rel = RELATIONS[p.relation] || { zh: p.relation, en: p.relation, aliases: [] };
  return { id: p.id, name: p.name, relation: p.relation, relationName: i18n.t(rel.zh, rel.en),
    aliases: rel.aliases.slice(), idNumber: maskId(p.idNumber) };
}

// { passengers } or { error } when the user refused.
async function read() {
  try {
    var result = await wx.getPassengers();
    return { passengers: (result && result.passengers) || [] };
  } catch (e) {
    var msg = String((e && (e.errMsg || e.message)) || e);
    if (msg.indexOf('auth deny') < 0) throw e;
    return { error: i18n.t(
      '您没有授权畅行火车票读取乘车人信息。火车票实名制，购票必须提供乘车人姓名和证件号；如需购票，请在授权时允许读取乘车人，或到车站窗口购票。',
      'You did not allow RailGo to read your passengers. Train tickets are issued to real names, so booking needs each passenger\'s name and ID; allow passenger access to book, or buy at a station ticket office.') };
  }
}

module.exports = { read: read, view: view, maskId: maskId };
