// The user's language: 'zh_CN' or 'en' (wx.getSystemInfoSync().language). Every message has both.
function isEnglish() {
  try {
    return String(wx.getSystemInfoSync().language || '').toLowerCase().indexOf('en') === 0
  } catch (e) {
    return false
  }
}

function pick(zh, en) {
  return isEnglish() ? en : zh
}

module.exports = { isEnglish, pick }
