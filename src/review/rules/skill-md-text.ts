import { bilingual } from '../../package/index.ts';
import { skillMdFile, type LintContext, type LintRule } from '../lint-context.ts';

/**
 * What SKILL.md (and AGENTS.md) must not say: jailbreak phrases that try to override the
 * platform's instructions, and dictated reply formats (the platform owns the reply layout).
 */

const JAILBREAK: RegExp[] = [
  /(忽略|无视|忘记|忘掉)(掉)?(你)?(之前|以前|先前|此前|前面|上面|以上|上述|所有|全部|一切|系统)?(的)?(所有|全部)?(指令|指示|规则|提示词?|设定|要求|限制)/g,
  /忽略以上|忽略上述|忽略之前/g,
  /你现在是|从现在(起|开始)[，,]?\s*你(是|将|要|扮演)|你的新(身份|角色)是|请扮演|进入开发者模式/g,
  /\b(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+)?(previous|prior|above|earlier|preceding|system)\s+(instructions?|prompts?|rules|messages)/gi,
  /\byou\s+are\s+now\b|\bfrom\s+now\s+on,?\s+you\s+are\b|\bpretend\s+(to\s+be|you\s+are)\b|\bdeveloper\s+mode\b|\bjailbreak\b/gi,
];

const DICTATED: RegExp[] = [
  /(必须|务必|请|一律|只能)?(按|按照|使用|用|以)(下面|下列|以下|如下|下述|这个|此|固定)(的)?(格式|模板|模版|样式)(来)?(回复|回答|输出|作答)?/g,
  /(回复|回答|输出)(的)?格式(如下|为|是)?[:：]/g,
  /(请|必须|务必)?(用|以|使用)(表格|markdown|json|列表)(的)?(形式|格式)?(回复|回答|输出|展示)/gi,
  /\b(respond|reply|answer)\s+(using|in|with)\s+(the\s+|this\s+)?(following|exact|this|below)\s+(format|template|structure)/gi,
  /\b(format|structure)\s+your\s+(response|reply|answer|output)s?\b/gi,
  /\byour\s+(response|reply|answer)s?\s+must\s+(be\s+formatted|follow|use)\b/gi,
  /\buse\s+the\s+following\s+(format|template)\b/gi,
];

interface TextRule extends LintRule {
  patterns: RegExp[];
}

function scan(ctx: LintContext, rule: TextRule, message: (phrase: string) => string, fix: string): void {
  const files = ctx.pkg.skills.map(skillMdFile);
  if (ctx.pkg.agentsMd !== undefined) files.push(ctx.pkg.app.agent?.instruction ?? 'AGENTS.md');
  for (const file of files) {
    const text = ctx.text(file);
    if (text === undefined) continue;
    const hits = new Map<number, string>();
    for (const pattern of rule.patterns) for (const match of text.matchAll(pattern)) hits.set(match.index, match[0]);
    const lines = new Set<number>();
    for (const [offset, phrase] of [...hits].sort(([a], [b]) => a - b)) {
      const line = ctx.lineAt(file, offset);
      if (lines.has(line)) continue;
      lines.add(line);
      ctx.report(rule, { file, line, message: message(phrase), fix });
    }
  }
}

export const jailbreak: TextRule = {
  id: 'bp/jailbreak',
  severity: 'warning',
  title: 'SKILL.md and AGENTS.md hold no jailbreak phrases (忽略指令, 你现在是, ignore previous instructions …)',
  stage: 'lint',
  patterns: JAILBREAK,
  check(ctx) {
    scan(
      ctx,
      this,
      (phrase) => bilingual(`"${phrase}" reads as an attempt to override the platform's instructions.`, `「${phrase}」会被视为试图覆盖平台指令（越狱）。`),
      bilingual('describe the business flow and its rules plainly; state hard limits in API descriptions and enforce them in code.', '请平实地描述业务流程和规则；硬性限制写进接口描述并在代码中实现。'),
    );
  },
};

export const dictatedFormat: TextRule = {
  id: 'bp/dictated-format',
  severity: 'warning',
  title: 'SKILL.md and AGENTS.md do not dictate the reply format',
  stage: 'lint',
  patterns: DICTATED,
  check(ctx) {
    scan(
      ctx,
      this,
      (phrase) => bilingual(`"${phrase}" dictates how the assistant must reply; the platform owns the reply layout (text, then card).`, `「${phrase}」规定了回复格式；回复版式由平台决定（先文本后卡片）。`),
      bilingual('say what the user must learn (the facts), not how to lay it out; bind a card to the API for rich display.', '请说明用户需要知道的事实，而不是版式；需要丰富展示时为接口绑定卡片。'),
    );
  },
};

export const skillMdTextRules = [jailbreak, dictatedFormat];
