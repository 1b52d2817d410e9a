import type { PackageFiles } from '../src/package/index.ts';

/** A package with `skills` skills of `apis` APIs each, written to the best-practice rules. */
export function syntheticPackage(skills: number, apis = 8): PackageFiles {
  const files: PackageFiles = {
    'project.config.json': JSON.stringify({ appid: `synthetic-${skills}`, projectname: 'Synthetic' }),
    'pages/index/index.wxml': '<view><text>synthetic</text></view>',
    'pages/index/index.js': 'Page({ data: {} })',
    'pages/index/index.json': '{}',
  };
  const declared = [];
  for (let s = 0; s < skills; s++) {
    const path = `skills/s${s}`;
    declared.push({ name: `s${s}`, description: `技能 ${s}：查询与下单 skill ${s}`, path });
    const names = Array.from({ length: apis }, (_, a) => `api${s}x${a}`);
    files[`${path}/SKILL.md`] = `# 技能 ${s}\n\n示例：「查一下第 ${s} 类商品」。顺序：先 ${names[0]} 再 ${names[1]}。\n`;
    files[`${path}/mcp.json`] = JSON.stringify({
      apis: names.map((name, a) => ({
        name,
        description: `第 ${s} 类第 ${a} 个接口：按关键词查询商品。查询时调用，不要用它下单。Search items by keyword.`,
        inputSchema: { type: 'object', properties: { keyword: { type: 'string', description: '关键词，取自用户原话 keyword from the request' } } },
        examples: [{ arguments: { keyword: 'x' } }],
      })),
    });
    files[`${path}/index.js`] = [
      `const skill = wx.modelContext.createSkill('${path}');`,
      // Even APIs read and write the user's storage; odd ones only read.
      ...names.map((n, a) => `skill.registerAPI('${n}', async (args) => { const n = (wx.getStorageSync('n') || 0) + 1; ${a % 2 === 0 ? "wx.setStorageSync('n', n); " : ''}return { content: [{ type: 'text', text: '找到 1 件商品。请展示结果。' }], structuredContent: { items: [{ id: 'i' + n, name: String(args.keyword || '') }] } }; });`),
    ].join('\n');
  }
  files['app.json'] = JSON.stringify({ pages: ['pages/index/index'], agent: { skills: declared } });
  return files;
}
