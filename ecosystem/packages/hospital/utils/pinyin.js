// English (pinyin) names for the doctors: the syllables of the names the hospitals use.
const SYLLABLES = {
  王: 'Wang', 李: 'Li', 刘: 'Liu', 陈: 'Chen', 杨: 'Yang', 赵: 'Zhao', 黄: 'Huang', 周: 'Zhou',
  吴: 'Wu', 徐: 'Xu', 孙: 'Sun', 马: 'Ma', 朱: 'Zhu', 胡: 'Hu', 郭: 'Guo', 何: 'He',
  建: 'jian', 国: 'guo', 丽: 'li', 华: 'hua', 志: 'zhi', 强: 'qiang', 秀: 'xiu', 英: 'ying',
  海: 'hai', 燕: 'yan', 明: 'ming', 静: 'jing', 磊: 'lei', 敏: 'min', 洋: 'yang', 婷: 'ting',
  军: 'jun', 芳: 'fang', 伟: 'wei', 娟: 'juan', 斌: 'bin'
}

// 王敏 → "Wang Min"; a name with an unknown character stays as it is.
function nameEn(name) {
  const chars = Array.from(String(name))
  if (chars.length < 2 || chars.some(function (c) { return !SYLLABLES[c] })) return name
  const surname = SYLLABLES[chars[0]]
  const given = chars.slice(1).map(function (c) { return SYLLABLES[c].toLowerCase() }).join('')
  return surname + ' ' + given.charAt(0).toUpperCase() + given.slice(1)
}

module.exports = { nameEn }
