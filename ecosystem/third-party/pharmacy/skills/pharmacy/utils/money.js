// 以分计算，避免浮点误差
const fen = (yuan) => Math.round(yuan * 100)
const yuan = (f) => Math.round(f) / 100
module.exports = { fen, yuan }
