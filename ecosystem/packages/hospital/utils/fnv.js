// 32-bit FNV-1a over the bytes of an ASCII key (offset basis 2166136261, prime 16777619):
// the hash the data's availability rules are written in.
function fnv1a(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

module.exports = { fnv1a }
