/**
 * What a work is about, said to pick it out (「那个熊猫送外卖的动画片」, "the cartoon about a fox who
 * delivers mail"): it names the work's story, not a service wanted, so it does not route. The
 * kinds of works are general words (films, shows, books, classes), never a mini-program's names.
 */
const WORK_ZH = '(?:动画片|动画电影|动画|电影|片子|影片|纪录片|剧|话剧|舞剧|音乐剧|儿童剧|演出|节目|书|绘本|小说|课|展览|展)';
const ABOUT_ZH = new RegExp(`(?<=那个|那部|这个|这部|那场|一个|一部|讲|演|说)[^，,。？?！!；;的]{2,14}的(?=${WORK_ZH})`, 'gu');
const ABOUT_EN = /(?<=\b(?:movies?|films?|shows?|cartoons?|animations?|documentar(?:y|ies)|plays?|books?|musicals?|one)\s+)(?:about|where|in which|with the (?:story|plot) of)\s+[^,.?!;]{1,60}/gi;

/** The text without what a work it names is about (the kind of work kept). */
export function withoutWhatItIsAbout(text: string): string {
  return text.replace(ABOUT_ZH, ' ').replace(ABOUT_EN, ' ');
}
