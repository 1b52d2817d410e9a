/**
 * What a remedy is for, as people say it (「拉肚子」, "hay fever") and as a product's own
 * indication writes it (腹泻, 过敏): everyday words for common complaints, in Chinese and
 * English, each with the written Chinese a list of remedies files it under. General vocabulary
 * of complaints, never a mini-program's own product names.
 */
const COMPLAINTS: [RegExp, string][] = [
  [/拉肚子|闹肚子|拉稀|腹泻|止泻|\b(?:diarrh?o?ea|the runs|upset stomach|loose stools?)\b/i, '腹泻 止泻'],
  [/过敏|花粉症|鼻炎|荨麻疹|起疹子|打喷嚏|\b(?:allerg(?:y|ies|ic)|hay ?fever|hives|sneez(?:e|es|ing))\b/i, '过敏 鼻炎 荨麻疹'],
  [/感冒|流感|伤风|着凉|\b(?:a cold|colds?|flu|influenza)\b/i, '感冒 流感'],
  [/发烧|发热|退烧|高烧|低烧|\b(?<!hay )(?:fever|feverish)\b|\b(?:a |high )temperature\b/i, '发热 退热 发烧'],
  // (period pain is pain too: a remedy for it is one whose use says 痛经, over one for any pain)
  [/痛经|经期|来例假|大姨妈|\b(?:period (?:pains?|cramps?)|menstrual (?:pains?|cramps?))\b/i, '痛经'],
  [/头疼|头痛|牙疼|牙痛|痛经|经期|来例假|大姨妈|关节痛|肌肉痛|止痛|\b(?:headaches?|toothaches?|pain|painkillers?|aches?|cramps?|sore muscles?)\b/i, '疼痛 头痛 止痛 镇痛'],
  [/咳嗽|干咳|止咳|\b(?:cough(?:s|ing)?)\b/i, '咳嗽 止咳'],
  [/嗓子疼|嗓子痛|喉咙痛|咽喉|咽痛|\b(?:sore throat|throat)\b/i, '咽喉 咽痛 咽炎'],
  [/胃疼|胃痛|胃不舒服|胃酸|消化不良|积食|\b(?:indigestion|heartburn|stomach ?aches?|acid reflux)\b/i, '胃 消化'],
  [/失眠|睡不着|\b(?:insomnia|can'?t sleep|trouble sleeping)\b/i, '失眠 睡眠'],
  [/便秘|\b(?:constipat(?:ed|ion))\b/i, '便秘 通便'],
  [/晕车|晕船|\b(?:motion sickness|car ?sick(?:ness)?|sea ?sick(?:ness)?)\b/i, '晕车 晕动'],
  [/疹子|湿疹|皮疹|起疹|红疹|长痘|痘痘|皮肤(?:痒|过敏|发炎)|\b(?:rash(?:es)?|eczema|acne|itchy skin|skin (?:rash|problem|allergy))\b/i, '皮肤 皮疹 湿疹 皮炎'],
  [/口腔溃疡|口疮|上火|\b(?:mouth ulcers?|canker sores?)\b/i, '口腔溃疡 口疮'],
];

/** For each complaint the text says, the written Chinese a remedy's indication says it with: one list per complaint. */
export function complaintWords(text: string): string[][] {
  return COMPLAINTS.filter(([said]) => said.test(text)).map(([, zh]) => zh.split(' '));
}

/** Where the first complaint said stands in the text (「拉肚子了，…有啥药」): the span a remedy is described by; none where none is said. */
export function complaintSpan(text: string): [number, number] | undefined {
  const found = COMPLAINTS.map(([said]) => said.exec(text)).filter((m): m is RegExpExecArray => !!m).sort((a, b) => a.index - b.index)[0];
  return found ? [found.index, found.index + found[0].length] : undefined;
}

/** Words that ask for something to take, beside a complaint said. */
const REMEDY_ASKED = /药|吃点|吃啥|吃什么|止\p{Script=Han}的|治\p{Script=Han}{1,4}的|\b(?:something|anything|medicines?|medications?|meds|pills|tablets|remed(?:y|ies)|drops|syrup)\b|\b(?:have|got|take|use|good)\s+for\b/iu;
/** Words of seeing a doctor: a complaint said for an appointment asks for no remedy. */
const DOCTOR = /医生|大夫|挂号|看病|就诊|门诊|号源|科室|\b(?:doctors?|appointments?|clinic|hospital|specialist)\b/iu;

/** Whether a text asks for a remedy for a complaint it says ("something for a fever", 「拉肚子了吃点啥」), not to see a doctor for it. */
export function remedyAsked(text: string): boolean {
  return !!complaintSpan(text) && REMEDY_ASKED.test(text) && !DOCTOR.test(text);
}
