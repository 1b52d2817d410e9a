// The user's language decides every message: 'en' users read English, everyone else Chinese.
function isEn() {
  try {
    var info = wx.getSystemInfoSync();
    return /^en/i.test(String((info && info.language) || ''));
  } catch (e) {
    return false;
  }
}

function t(zh, en) {
  return isEn() ? en : zh;
}

// The localized name of anything that has `name` and `nameEn`.
function nameOf(thing) {
  if (!thing) return '';
  return isEn() && thing.nameEn ? thing.nameEn : thing.name;
}

module.exports = { isEn: isEn, t: t, nameOf: nameOf };
