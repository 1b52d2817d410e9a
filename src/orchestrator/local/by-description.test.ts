import { describe, expect, it } from 'vitest';
import { describedAmong, describedBy } from './by-description.ts';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';
import { entitiesIn } from './entities.ts';
import { isActing } from './request-words.ts';

// invented films, each telling its story in a summary and filed under a genre
const films = [
  { id: 'm1', names: ['孤岛灯塔'], fields: { genre: '剧情', summary: '守塔人在孤岛上等一艘迟到三十年的渡船。' } },
  { id: 'm2', names: ['午夜列车'], fields: { genre: '恐怖', summary: '末班列车上的乘客发现车厢里多出一个人。' } },
  { id: 'm3', names: ['纸鸢'], fields: { genre: '动画', summary: '一只风筝带着小女孩飞过整座城市。' } },
];

describe('a thing described by what it is about, not by its name', () => {
  it('takes the film whose summary holds the words of 「那个…的片子」', () => {
    expect(describedBy('周六想看那个守塔人等渡船的片子', films)?.entity.id).toBe('m1');
    expect(matchEntitiesAnyLanguage('明晚两张，那部小女孩跟着风筝飞的电影', films).map((h) => h.entity.id)).toEqual(['m3']);
  });

  it('takes the one whose description holds the words of 「…的那种」', () => {
    // (an invented tea counter's wares, each with what it is for)
    const wares = [
      { id: 'w1', names: ['陶瓷保温壶'], fields: { use: '泡茶后保持茶汤温度，约6小时' } },
      { id: 'w2', names: ['竹制茶盘'], fields: { use: '摆放茶具，接住溢出的茶水' } },
    ];
    expect(describedBy('东门店，能保持茶汤温度的那种来一个', wares)?.entity.id).toBe('w1');
  });

  it('takes the film filed under the kind an English description says ("that horror movie")', () => {
    expect(matchEntitiesAnyLanguage('two seats for that scary movie on Friday', films).map((h) => h.entity.id)).toEqual(['m2']);
    expect(describedBy('the one about ghosts, please', films)?.entity.id).toBe('m2');
  });

  it('takes none where nothing describes a thing, one word alone says little, or two fit as well', () => {
    expect(describedBy('周六晚上有什么电影', films)).toBeUndefined();
    expect(describedBy('想看那个城市的片子', films)).toBeUndefined();
    const twins = [...films, { id: 'm4', names: ['雾港'], fields: { genre: '恐怖', summary: '雾里的港口每晚多出一条船。' } }];
    expect(describedBy('that horror movie tonight', twins)).toBeUndefined();
  });
});

// invented remedies, each saying what it is for
const remedies = [
  { id: 'r1', names: ['青黛含片'], fields: { use: '缓解咽喉肿痛、咽痛' } },
  { id: 'r2', names: ['白芍颗粒'], fields: { use: '用于急、慢性腹泻' } },
  { id: 'r3', names: ['苍耳喷剂'], fields: { use: '缓解过敏性鼻炎引起的鼻塞、流涕' } },
  { id: 'r4', names: ['医用棉签'], fields: { use: '清洁消毒' } },
  { id: 'r5', names: ['冰凉贴'], fields: { use: '发热时物理降温' } },
];

describe('a remedy described by what it is for', () => {
  it('takes the one whose use says the complaint, said as people say it, in Chinese and English', () => {
    expect(describedBy('一直闹肚子，帮我买一盒止泻的药', remedies)?.entity.id).toBe('r2');
    expect(matchEntitiesAnyLanguage('my hay fever is back, do you have an allergy medicine?', remedies).map((h) => h.entity.id)).toEqual(['r3']);
    expect(describedBy('I need something for a sore throat', remedies)?.entity.id).toBe('r1');
    expect(describedBy('running a fever, any fever medicine?', remedies)?.entity.id).toBe('r5');
  });

  it('reads a complaint said anywhere as the description, with no 「…的药」 after it', () => {
    expect(describedBy('拉稀一整天了，河西那家有啥能吃的？送一盒过来', remedies)?.entity.id).toBe('r2');
    const fever = [...remedies, { id: 'r7', names: ['柴胡滴丸'], fields: { use: '外感发热' } }];
    expect(describedBy('店里拿一盒退烧药', fever)).toBeUndefined();
    expect(describedAmong('店里拿一盒退烧药', fever).map((e) => e.id)).toEqual(['r5', 'r7']);
  });

  it('keeps all those a description fits as well, for a superlative to choose among', () => {
    const throat = [...remedies, { id: 'r6', names: ['金银花含片'], fields: { use: '咽痛、声音嘶哑' } }];
    expect(describedAmong('the cheapest sore throat medicine', throat).map((e) => e.id)).toEqual(['r1', 'r6']);
    expect(describedAmong('the cheapest one', throat)).toEqual([]);
  });

  it('takes the remedy whose use names the complaint over one for any pain', () => {
    const pains = [{ id: 'p1', names: ['止痛片甲'], fields: { use: '缓解头痛、牙痛、痛经' } }, { id: 'p2', names: ['止痛片乙'], fields: { use: '缓解轻至中度疼痛' } }];
    expect(describedBy('period cramps again, anything for that? one box', pains)?.entity.id).toBe('p1');
    expect(describedBy('来例假肚子疼，有啥药', pains)?.entity.id).toBe('p1');
  });

  it('keeps the doctors of the department a complaint is for', () => {
    const doctors = [
      { id: 'd1', names: ['林医生'], fields: { departmentName: '内科', fee: '20' } },
      { id: 'd2', names: ['周医生'], fields: { departmentName: '皮肤科', fee: '50' } },
      { id: 'd3', names: ['吴医生'], fields: { departmentName: '皮肤科', fee: '20' } },
    ];
    expect(describedAmong('手上起了一片疹子，哪个大夫便宜挂哪个', doctors).map((e) => e.id)).toEqual(['d2', 'd3']);
    expect(describedAmong('got a rash on my arm, the cheapest doctor please', doctors).map((e) => e.id)).toEqual(['d2', 'd3']);
  });

  it('takes none where the complaint is no use any of them says, or nothing describes a remedy', () => {
    expect(describedBy('帮我买一盒治失眠的药', remedies)).toBeUndefined();
    expect(describedBy('帮我买一盒棉签', remedies)).toBeUndefined();
  });
});

describe('wanting to watch a film with someone', () => {
  it('is a request to book (「想和我爸看…」), not to look (「想和朋友看看有什么」)', () => {
    expect(isActing('周日想和我爸看那部讲守塔人的片子')).toBe(true);
    expect(isActing('想和朋友看看有什么电影')).toBe(false);
    expect(isActing('想跟同事看什么好')).toBe(false);
  });

  it('hears an order said the English way ("I\'ll take two", "I\'ll have a large one", "grab it for me")', () => {
    expect(isActing("What's the cheapest tea you have? I'll take two tins")).toBe(true);
    expect(isActing("I'll have a large iced one, pickup at the pier")).toBe(true);
    expect(isActing("Is there a spot on the 9 o'clock ferry? If there is, grab it for me")).toBe(true);
    expect(isActing("I'll have to leave by six, when does it close?")).toBe(false);
    expect(isActing("I'll get there around 7, what's on?")).toBe(false);
  });
});

describe('a kind said of a show, in a few words', () => {
  const shows = entitiesIn({ shows: [
    { showId: 's1', name: '灯塔', genre: '悬疑', tags: ['悬疑', '海岛'], summary: '守塔人在雾夜收到一封旧信。' },
    { showId: 's2', name: '面馆', genre: '喜剧', tags: ['喜剧', '美食'], summary: '一家面馆的老板想换个招牌。' },
    { showId: 's3', name: '回港', genre: '科幻', tags: ['科幻', '合家欢'], summary: '飞船载着一船孩子回到港口。' },
  ] });

  it('picks the one filed under a kind said before 片 or 电影 (「看个悬疑片」), or among its tags (「合家欢的片子」)', () => {
    expect(describedBy('今晚想看个悬疑片', shows)?.entity.id).toBe('s1');
    expect(describedBy('有喜剧电影吗', shows)?.entity.id).toBe('s2');
    expect(describedBy('周末看个合家欢的片子', shows)?.entity.id).toBe('s3');
  });

  it('picks the one of a kind said in English ("any sci-fi showing", "anything funny")', () => {
    expect(describedBy('Is there any sci-fi showing tonight?', shows)?.entity.id).toBe('s3');
    expect(describedBy('anything funny on Saturday?', shows)?.entity.id).toBe('s2');
    expect(describedBy('anything for Saturday?', shows)).toBeUndefined();
  });
});
