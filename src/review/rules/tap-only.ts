import { bilingual, type MiniProgramPackage, type SkillSource } from '../../package/index.ts';
import { blankCommentsAndStrings, requireClosure } from '../js-scan.ts';
import type { LintRule } from '../lint-context.ts';

/**
 * Tap-only APIs in API code. Payment and the card-to-model channel need a user's tap, so they
 * belong in cards (components) and pages; an API the model calls must never use them. The
 * runtime refuses them anyway; review says so before a user meets the refusal.
 */

export const TAP_ONLY = ['requestPayment', 'requestOrderPayment', 'requestVirtualPayment', 'sendFollowUpMessage', 'updateModelContext'] as const;

const names = TAP_ONLY.join('|');
/** A cheap first look: most files name none of the tap-only APIs and need no closer reading. */
const MENTIONS = new RegExp(names);
const MEMBER = new RegExp(`\\.\\s*(${names})\\b`, 'g');
const BRACKET = new RegExp(`\\[\\s*(['"\`])(${names})\\1\\s*\\]`, 'g');
const DESTRUCTURED = new RegExp(`\\{[^{}]*\\b(${names})\\b[^{}]*\\}\\s*=\\s*wx\\b`, 'g');

/** The skill's API code: index.js and what it requires, plus its other JS outside cards and pages. */
function apiCodeFiles(pkg: MiniProgramPackage, skill: SkillSource): string[] {
  const excluded = new Set([...pkg.components.map((c) => `${c.path}.js`), ...pkg.pages.map((p) => `${p.path}.js`)]);
  const inFolder = Object.keys(pkg.files).filter(
    (file) => file.startsWith(`${skill.path}/`) && file.endsWith('.js') && !file.startsWith(`${skill.path}/components/`),
  );
  const reached = pkg.files[skill.entry] === undefined ? [] : requireClosure(pkg.files, skill.entry);
  return [...new Set([...reached, ...inFolder])].filter((file) => !excluded.has(file)).sort();
}

export const tapOnlyApi: LintRule = {
  id: 'skill/tap-only-api',
  severity: 'error',
  title: 'API code does not call tap-only APIs (requestPayment, requestOrderPayment, sendFollowUpMessage, updateModelContext)',
  stage: 'lint',
  check(ctx) {
    const scanned = new Set<string>();
    for (const skill of ctx.pkg.skills) {
      for (const file of apiCodeFiles(ctx.pkg, skill)) {
        if (scanned.has(file)) continue;
        scanned.add(file);
        const source = ctx.text(file);
        if (source === undefined || !MENTIONS.test(source)) continue;
        const code = blankCommentsAndStrings(source);
        const hits = new Map<number, string>();
        for (const pattern of [MEMBER, DESTRUCTURED]) for (const match of code.matchAll(pattern)) hits.set(match.index, match[1] ?? '');
        for (const match of source.matchAll(BRACKET)) hits.set(match.index, match[2] ?? '');
        for (const [offset, name] of [...hits].sort(([a], [b]) => a - b)) {
          const money = name.startsWith('request');
          ctx.report(this, {
            file,
            line: ctx.lineAt(file, offset),
            message: money
              ? bilingual(`API code of the skill "${skill.name}" calls ${name}; the AI may prepare an order but only the user can pay.`, `技能 "${skill.name}" 的接口代码调用了 ${name}；AI 只能生成订单，付款只能由用户完成。`)
              : bilingual(`API code of the skill "${skill.name}" calls ${name}, which works only inside a user's tap on a card.`, `技能 "${skill.name}" 的接口代码调用了 ${name}，它只能在用户点击卡片时使用。`),
            fix: money
              ? bilingual('create the order with wx.createOrder({ …, notifyApi }) and let the user confirm it; pay from a dynamic card\'s tap or a page.', '请用 wx.createOrder({ …, notifyApi }) 生成订单并由用户确认；付款放在动态卡片的点击或页面中。')
              : bilingual(`move the ${name} call into the card component's tap handler.`, `请把 ${name} 调用移到卡片组件的点击处理函数中。`),
          });
        }
      }
    }
  },
};

export const tapOnlyRules = [tapOnlyApi];
