/**
 * English words for what a story, a show or a class is about, with the Chinese a list written
 * only in Chinese files it under (its genre, its tags, its summary): "a sci-fi film" is 科幻,
 * "something scary" 恐怖. General vocabulary of kinds, never a mini-program's own titles.
 */
const KINDS: [RegExp, string][] = [
  [/\b(space|sci-?fi|science fiction|astronauts?|aliens?|planets?|galaxy|stars?hip)\b/i, '科幻 太空 宇宙 深空 宇航'],
  [/\b(horror|scary|ghosts?|haunted)\b/i, '恐怖 惊悚 鬼'],
  [/\b(thriller|suspense|mystery|detective|whodunit)\b/i, '悬疑 推理 侦探 惊悚'],
  [/\b(crime|criminal|gangsters?|heist|murder|police)\b/i, '犯罪 警察 案'],
  [/\b(comedy|comedies|funny|comic|laughs?)\b/i, '喜剧 搞笑'],
  [/\b(animated|animation|cartoons?|anime)\b/i, '动画'],
  [/\b(romance|romantic|love stor(?:y|ies)|love)\b/i, '爱情 恋爱'],
  [/\b(action|martial arts|kung fu)\b/i, '动作 武侠 功夫'],
  [/\b(war|soldiers?|battle)\b/i, '战争 士兵'],
  [/\b(documentary|documentaries)\b/i, '纪录'],
  [/\b(sports?|football|soccer|basketball|racing|runners?|running)\b/i, '运动 体育 足球 篮球 赛车 跑'],
  [/\b(family|kids?|children'?s?)\b/i, '家庭 儿童 亲子'],
  [/\b(historical|history|period|costume|ancient|dynasty)\b/i, '古装 历史 古代'],
  [/\b(adventure|quest)\b/i, '冒险'],
  [/\b(music|musical|singers?|band)\b/i, '音乐 歌'],
  [/\b(fantasy|magic|wizards?|dragons?)\b/i, '奇幻 魔法 龙'],
  [/\b(disaster|earthquake|tsunami)\b/i, '灾难 地震'],
];

/** For each English word of a kind the text says, the Chinese it is filed under: one list per word said. */
export function kindWords(text: string): string[][] {
  return KINDS.filter(([word]) => word.test(text)).map(([, zh]) => zh.split(' '));
}
