const SCOPES: Record<string, { zh: string; en: string }> = {
  'scope.address': { zh: '你的收货地址', en: 'your delivery addresses' },
  'scope.phoneNumber': { zh: '你的手机号', en: 'your phone number' },
  'scope.realname': { zh: '你的实名信息（姓名和身份证号）', en: 'your real name and ID number' },
  'scope.passengers': { zh: '你的常用乘车人/就诊人（姓名和身份证号）', en: 'your saved travellers (names and ID numbers)' },
  'scope.userLocation': { zh: '你的位置', en: 'your location' },
};

/** What a consent card says the mini-program will read. */
export function scopeDescription(scope: string, lang: 'zh' | 'en'): string {
  const s = SCOPES[scope];
  return s ? s[lang] : scope;
}
