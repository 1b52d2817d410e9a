const { catalog, ok, fail, film, cinema, startOf, nowMs, load, remaining, fmt } = require('../utils/common.js')

function minutes (hhmm) { const [h, m] = String(hhmm).split(':').map(Number); return h * 60 + (m || 0) }

module.exports = async function searchShowtimes (args) {
  args = args || {}
  if (args.filmId && !film(args.filmId)) return fail(`filmId ${args.filmId} 不存在。请先调用 searchFilms 取得 filmId，不要自行编造。`)
  if (args.cinemaId && !cinema(args.cinemaId)) return fail(`cinemaId ${args.cinemaId} 不存在。请先调用 listCinemas 取得 cinemaId。`)
  const now = nowMs()
  const state = load()
  let list = catalog.showtimes.filter(s =>
    (!args.filmId || s.filmId === args.filmId) &&
    (!args.cinemaId || s.cinemaId === args.cinemaId) &&
    (!args.city || cinema(s.cinemaId).city === args.city) &&
    (!args.date || s.date === args.date) &&
    (!args.timeFrom || minutes(s.time) >= minutes(args.timeFrom)) &&
    (!args.timeTo || minutes(s.time) <= minutes(args.timeTo)) &&
    (!args.format || s.format === args.format) &&
    startOf(s) > now)
  const total = list.length
  list = list.slice(0, 30)
  if (!list.length) {
    return fail('没有符合条件的可售场次（已开场的场次不再售票）。请告诉用户没有场次，并建议换日期、时间段或影城后重新调用 searchShowtimes；不要编造场次。')
  }
  const showtimes = list.map(s => {
    const f = film(s.filmId); const c = cinema(s.cinemaId)
    return {
      showtimeId: s.id, filmId: s.filmId, filmName: f.name, cinemaId: s.cinemaId, cinemaName: c.name, city: c.city,
      date: s.date, time: s.time, endTime: s.endTime, hall: s.hall, format: s.format,
      prices: { standard: s.prices.standard, premium: s.prices.premium },
      seatsLeft: { standard: remaining(state, s, 'standard'), premium: remaining(state, s, 'premium') }
    }
  })
  const lines = showtimes.map(s => `${s.showtimeId}：${s.date} ${s.time}《${s.filmName}》${s.cinemaName} ${s.hall} ${s.format}，普通座${fmt(s.prices.standard)}(余${s.seatsLeft.standard})/黄金座${fmt(s.prices.premium)}(余${s.seatsLeft.premium})`)
  return ok(`找到 ${total} 个可售场次${total > 30 ? '（仅列出前30个，可加日期或影城缩小范围）' : ''}：\n${lines.join('\n')}\n请展示场次卡片，让用户确定场次、座位类型和张数；用户已说清楚时，直接用 showtimeId 调用 createTicketOrder。`, { showtimes })
}
