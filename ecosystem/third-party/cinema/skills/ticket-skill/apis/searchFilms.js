const { catalog, ok, fail, cinema } = require('../utils/common.js')

module.exports = async function searchFilms (args) {
  args = args || {}
  const kw = String(args.keyword || '').trim().toLowerCase()
  const films = catalog.films.filter(f => !kw ||
    f.name.toLowerCase().includes(kw) || f.nameEn.toLowerCase().includes(kw) ||
    f.genre.includes(kw) || f.tags.some(t => t.includes(kw)))
  if (!films.length) {
    return fail(`没有找到与「${args.keyword}」匹配的在映影片。请调用 searchFilms 不带 keyword 列出全部在映影片，让用户挑选；不要编造片名。`)
  }
  const out = films.map(f => {
    const shows = catalog.showtimes.filter(s => s.filmId === f.id &&
      (!args.city || cinema(s.cinemaId).city === args.city) && (!args.date || s.date === args.date))
    return {
      filmId: f.id, name: f.name, nameEn: f.nameEn, genre: f.genre, duration: f.duration, rating: f.rating,
      formats: f.formats, summary: f.summary,
      cinemaIds: [...new Set(shows.map(s => s.cinemaId))],
      dates: [...new Set(shows.map(s => s.date))]
    }
  })
  return ok(`共 ${out.length} 部影片：${out.map(f => `《${f.name}》(${f.filmId}, ${f.genre}, ${f.duration}分钟, 评分${f.rating})`).join('；')}。用户选定影片后，用 filmId 调用 searchShowtimes 查场次。`, { films: out })
}
