// 32-bit FNV-1a over the ASCII bytes of a key: the data's rule for seats left per train.
function fnv1a(text) {
  var h = 0x811c9dc5;
  for (var i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

module.exports = { fnv1a: fnv1a };
