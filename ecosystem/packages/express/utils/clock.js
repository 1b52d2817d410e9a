// The hub's wall clock in China time (UTC+8, no daylight saving): 'YYYY-MM-DD HH:MM'.
function chinaNow() {
  const d = new Date(Date.now() + 8 * 3600 * 1000)
  return d.toISOString().slice(0, 16).replace('T', ' ')
}

module.exports = { chinaNow }
