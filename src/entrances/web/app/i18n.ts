import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Lang = 'zh' | 'en';

const zh = {
  brand: 'AgentOS', tagline: '一句话，办成事', signIn: '登录', signOut: '退出', user: '用户名', password: '密码',
  linkToken: '一次性登录链接或令牌', withPassword: '用密码登录', withLink: '用登录链接', signingIn: '正在登录…',
  openHub: '开发模式：此中枢未启用账户，请选择用户', choose: '选择',
  placeholder: '说一句话，我来办',
  examples: ['帮我在国贸店点一杯大杯冰拿铁，少糖，自取', '帮我查一下快递 SF1234567890 到哪了', '帮我挂一个仁和医院下周一上午皮肤科的号'], send: '发送', thinking: '正在处理…',
  empty: '今天想办点什么？', emptyHint: '点咖啡、叫外卖、打车、挂号……说一句就行。',
  confirmPay: '确认付款', confirmAction: '确认操作', confirm: '确认', cancel: '取消', total: '合计', merchant: '商户', expires: '有效期至',
  confirmed: '已确认', declined: '已取消', allow: '允许', deny: '拒绝', consentTitle: '授权请求', consentAsk: '请求读取你的',
  granted: '已允许', denied: '已拒绝', paid: '支付成功', payDeclined: '未支付', payFailed: '支付失败', order: '订单',
  task: { submitted: '已提交', working: '处理中', 'input-required': '等待你的回应', completed: '已完成', failed: '失败', canceled: '已取消', rejected: '已拒绝' },
  account: '我的', wallet: '钱包余额', orders: '我的订单', noOrders: '还没有订单', close: '关闭', newChat: '新对话',
  status: { created: '待支付', paid: '已支付', canceled: '已取消', refunded: '已退款', partially_refunded: '部分退款' } as Record<string, string>,
  openApp: '打开小程序', miniPrograms: '小程序', back: '返回', miniProgram: '小程序', payNow: '确认支付', language: 'English',
  console: '开发者控制台', versions: '已安装的小程序', review: '审核', findings: '审核发现', contract: '契约测试', noFindings: '没有问题',
  approve: '通过', reject: '驳回', reason: '理由', decisions: '决定', playground: '调试台', call: '调用', args: '参数 (JSON)',
  envelope: '返回信封', card: '卡片', ledger: '账本', refunds: '退款', refund: '退款', audit: '审计日志', amount: '金额', evals: '场景评测', accountsTitle: '账户', userCol: '用户',
  passed: '通过', failed: '未通过', pending: '待审核', approved: '已上线', rejectedStatus: '已驳回', needsRole: '需要开发者或运营角色',
  verified: '账本核对通过', chainOk: '审计链完整', run: '运行',
};

const en: typeof zh = {
  brand: 'AgentOS', tagline: 'One sentence, done', signIn: 'Sign in', signOut: 'Sign out', user: 'User', password: 'Password',
  linkToken: 'One-time sign-in link or token', withPassword: 'Use a password', withLink: 'Use a sign-in link', signingIn: 'Signing in…',
  openHub: 'Development mode: this hub has no accounts; pick a user', choose: 'Choose',
  placeholder: 'Say it in one sentence',
  examples: ['Order a large iced latte at the Guomao store, less sugar, pickup', 'Where is my parcel SF1234567890?', 'Book a dermatology appointment at Renhe Hospital next Monday morning'], send: 'Send', thinking: 'Working on it…',
  empty: 'What can I get done for you?', emptyHint: 'Coffee, takeaway, a taxi, a doctor’s appointment — just say it.',
  confirmPay: 'Confirm payment', confirmAction: 'Confirm', confirm: 'Confirm', cancel: 'Cancel', total: 'Total', merchant: 'Merchant', expires: 'Valid until',
  confirmed: 'Confirmed', declined: 'Canceled', allow: 'Allow', deny: 'Deny', consentTitle: 'Permission request', consentAsk: 'asks to read your',
  granted: 'Allowed', denied: 'Denied', paid: 'Paid', payDeclined: 'Not paid', payFailed: 'Payment failed', order: 'Order',
  task: { submitted: 'Submitted', working: 'Working', 'input-required': 'Waiting for you', completed: 'Done', failed: 'Failed', canceled: 'Canceled', rejected: 'Rejected' },
  account: 'Me', wallet: 'Wallet balance', orders: 'My orders', noOrders: 'No orders yet', close: 'Close', newChat: 'New chat',
  status: { created: 'Unpaid', paid: 'Paid', canceled: 'Canceled', refunded: 'Refunded', partially_refunded: 'Partly refunded' },
  openApp: 'Open mini-program', miniPrograms: 'Mini-programs', back: 'Back', miniProgram: 'Mini-program', payNow: 'Pay now', language: '中文',
  console: 'Developer console', versions: 'Installed mini-programs', review: 'Review', findings: 'Findings', contract: 'Contract run', noFindings: 'No findings',
  approve: 'Approve', reject: 'Reject', reason: 'Reason', decisions: 'Decisions', playground: 'Playground', call: 'Call', args: 'Arguments (JSON)',
  envelope: 'Envelope', card: 'Card', ledger: 'Ledger', refunds: 'Refunds', refund: 'Refund', audit: 'Audit log', amount: 'Amount', evals: 'Evaluations', accountsTitle: 'Accounts', userCol: 'User',
  passed: 'passed', failed: 'failed', pending: 'pending', approved: 'live', rejectedStatus: 'rejected', needsRole: 'This needs the developer or operator role',
  verified: 'Ledger verified', chainOk: 'Audit chain intact', run: 'Run',
};

export type Strings = typeof zh;
export const STRINGS: Record<Lang, Strings> = { zh, en };

/** The browser's language, unless the person chose one here before. */
export function initialLang(): Lang {
  const saved = localStorage.getItem('agentos.lang');
  if (saved === 'zh' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const LangContext = createContext<{ lang: Lang; t: Strings; setLang: (lang: Lang) => void }>({ lang: 'zh', t: zh, setLang: () => undefined });
export const useI18n = () => useContext(LangContext);
