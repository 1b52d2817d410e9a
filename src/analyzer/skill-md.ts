import type { ApiDeclaration, MiniProgramPackage } from '../package/index.ts';
import { NOTIFY_API } from './derive-tools.ts';
import type { CapabilityGraph, OperatorPlan } from './types.ts';

const MAX_VOCABULARY = 4000;

/**
 * The generated SKILL.md: what the mini-program's pages offer, the order of use read from the
 * navigation graph, the rules every derived flow keeps, and the names its pages list (from the
 * package's own data files), so discovery can find it by what a person asks for.
 */
export function generateSkillMd(pkg: MiniProgramPackage, graph: CapabilityGraph, apis: ApiDeclaration[], plans: Record<string, OperatorPlan>): string {
  const commits = apis.filter((a) => plans[a.name]?.kind === 'commit');
  const lists = apis.filter((a) => plans[a.name]?.kind === 'list');
  const lines = [
    '---',
    `name: auto`,
    `description: ${description(graph, commits)}`,
    '---',
    '',
    `# ${graph.appName}（自动模式 · automatic mode）`,
    '',
    '## 能力域 · Scope',
    `由平台读取「${graph.appName}」的页面生成；页面操作由平台在沙箱中代为完成。Generated from the pages of ${graph.appName}; the platform operates them.`,
    ...graph.pages.map((p) => `- ${p.title || p.path}（${p.path}）${p.entryParams.length ? `，参数 ${p.entryParams.join('、')}` : ''}：${p.texts.join(' · ').slice(0, 600)}`),
    '',
    '## 使用顺序 · Order of use',
    ...commits.map((c, i) => {
      const sources = lists.filter((l) => JSON.stringify(c.inputSchema).includes(l.name)).map((l) => l.name);
      return `${i + 1}. ${[...sources, c.name].join(' → ')}：${c.description.split('。')[0]}`;
    }),
    '',
    '## 跨接口规则 · Rules across APIs',
    '- ID 只用列表接口返回的原值，不要编造；名称按用户原话。',
    '- 生成订单后等待用户在确认卡片上确认；用户确认之前不要说已经完成。',
    `- ${NOTIFY_API} 只由平台调用。`,
    '- 页面给出的失败原因（起送、满座、超出范围等）如实告诉用户，并按原因调整，不要反复重试。',
  ];
  const vocabulary = packageVocabulary(pkg);
  if (vocabulary.length) lines.push('', '## 页面列出的内容 · What the pages list', vocabulary.join('、').slice(0, MAX_VOCABULARY));
  return `${lines.join('\n')}\n`;
}

function description(graph: CapabilityGraph, commits: ApiDeclaration[]): string {
  const what = commits.map((c) => c.description.split('。')[0]?.replace(`${graph.appName}：`, '')).filter(Boolean).join('；');
  return `${graph.appName}：${what || graph.pages.map((p) => p.title).filter(Boolean).join('、')}`.replace(/\n/g, ' ');
}

/** Names in the package's own data files (`name`, `nameEn`, `title`, `label`): what its pages can list. */
export function packageVocabulary(pkg: MiniProgramPackage): string[] {
  const found = new Set<string>();
  const collect = (value: unknown, depth: number): void => {
    if (depth > 8 || found.size > 600) return;
    if (Array.isArray(value)) value.forEach((v) => collect(v, depth + 1));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (/^(name|nameEn|title|label|tags|aliases)$/.test(k) && typeof v === 'string' && v.length >= 2 && v.length <= 30) found.add(v);
        else if (k === 'tags' || k === 'aliases') (Array.isArray(v) ? v : []).forEach((t) => typeof t === 'string' && found.add(t));
        else collect(v, depth + 1);
      }
    }
  };
  for (const [path, text] of Object.entries(pkg.files)) {
    if (!/\.json$/.test(path) || /(^|\/)(app|project\.config|project\.private\.config|sitemap|package|package-lock|mcp|page-meta)\.json$/.test(path)) continue;
    if (pkg.pages.some((p) => `${p.path}.json` === path) || pkg.components.some((c) => `${c.path}.json` === path)) continue;
    try {
      collect(JSON.parse(text), 0);
    } catch {
      /* not JSON: nothing to learn from it */
    }
  }
  return [...found];
}
