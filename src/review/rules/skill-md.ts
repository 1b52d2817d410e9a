import { bilingual } from '../../package/index.ts';
import { byteLength, skillMdFile, type LintRule } from '../lint-context.ts';

/** SKILL.md hard limits: its size, and that it stands alone (the model never sees other files). */

export const SKILL_MD_LIMIT = 16_000;

export const skillMdSize: LintRule = {
  id: 'skill/skill-md-size',
  severity: 'error',
  title: `SKILL.md is at most ${SKILL_MD_LIMIT.toLocaleString('en')} bytes`,
  stage: 'lint',
  check(ctx) {
    for (const skill of ctx.pkg.skills) {
      const file = skillMdFile(skill);
      const size = byteLength(ctx.text(file) ?? '');
      if (size <= SKILL_MD_LIMIT) continue;
      ctx.report(this, {
        file,
        message: bilingual(`SKILL.md is ${size.toLocaleString('en')} bytes; the limit is ${SKILL_MD_LIMIT.toLocaleString('en')}.`, `SKILL.md 为 ${size} 字节，超过 ${SKILL_MD_LIMIT} 字节上限。`),
        fix: bilingual('keep SKILL.md to scope, example requests, preconditions and the order of use; move per-API rules into the API and parameter descriptions.', 'SKILL.md 只写能力范围、示例请求、前置条件和使用顺序；单个接口的规则移到接口和参数描述中。'),
      });
    }
  },
};

/** `[text](target)`, `![alt](target)` and `[id]: target` whose target is not a web address or an anchor. */
const LINK = /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?[^)]*\)|^\s{0,3}\[[^\]\n]+\]:\s*(\S+)/gm;
/** A bare Markdown file name: `see reference.md`. */
const MD_FILE = /(?<![\w/.-])((?:\.{0,2}\/)?[\w./-]*[\w-]\.(?:md|markdown))(?![\w])/gi;
const EXTERNAL = /^(https?:|mailto:|tel:|#|data:)/i;
const URL = /\b(https?:\/\/|www\.)\S+/gi;

export const skillMdReferences: LintRule = {
  id: 'skill/skill-md-references',
  severity: 'error',
  title: 'SKILL.md does not reference other files',
  stage: 'lint',
  check(ctx) {
    for (const skill of ctx.pkg.skills) {
      const file = skillMdFile(skill);
      const text = ctx.text(file);
      if (text === undefined) continue;
      const found = new Map<number, string>();
      for (const match of text.matchAll(LINK)) {
        const target = match[1] ?? match[2] ?? '';
        if (!EXTERNAL.test(target)) found.set(match.index, target);
      }
      const urls = [...text.matchAll(URL)].map((match) => [match.index, match.index + match[0].length] as const);
      for (const match of text.matchAll(MD_FILE)) {
        const name = match[1] ?? '';
        const inUrl = urls.some(([start, end]) => match.index >= start && match.index < end);
        if (!inUrl && name.toUpperCase() !== 'SKILL.MD' && ![...found.values()].includes(name)) found.set(match.index, name);
      }
      for (const [offset, target] of [...found].sort(([a], [b]) => a - b)) {
        ctx.report(this, {
          file,
          line: ctx.lineAt(file, offset),
          message: bilingual(`SKILL.md refers to "${target}"; the model reads SKILL.md alone and never sees other files.`, `SKILL.md 引用了 "${target}"，但模型只读取 SKILL.md 本身，看不到其他文件。`),
          fix: bilingual('write what the model needs into SKILL.md itself (briefly), or into the API descriptions in mcp.json.', '请把模型需要的内容（精简后）直接写进 SKILL.md，或写进 mcp.json 的接口描述。'),
        });
      }
    }
  },
};

export const skillMdRules = [skillMdSize, skillMdReferences];
