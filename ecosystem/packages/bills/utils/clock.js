// The hub's wall clock in China time (UTC+8): 'YYYY-MM-DD HH:MM'.
function chinaNow() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ')
}

module.exports = { chinaNow }
