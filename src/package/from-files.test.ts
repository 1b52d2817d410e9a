import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackageFromFiles, readPackageFiles, renderProblem, type PackageFiles, type Problem } from './index.ts';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/packages/tiny-cafe');
let base: PackageFiles;

beforeAll(async () => {
  const read = await readPackageFiles(FIXTURE);
  if (!read.ok) throw new Error('fixture does not read');
  base = read.value;
});

/** The base package with files replaced (a string), removed (null) or rewritten (a function). */
function edit(changes: Record<string, string | null | ((old: string) => string)>): PackageFiles {
  const files = { ...base };
  for (const [path, change] of Object.entries(changes)) {
    if (change === null) delete files[path];
    else files[path] = typeof change === 'function' ? change(files[path] ?? '') : change;
  }
  return files;
}

function editJson(path: string, mutate: (json: any) => void): PackageFiles {
  return edit({
    [path]: (old) => {
      const json = JSON.parse(old);
      mutate(json);
      return JSON.stringify(json, null, 2);
    },
  });
}

function problemsOf(files: PackageFiles): Problem[] {
  const loaded = loadPackageFromFiles(files, 'tiny-cafe');
  if (loaded.ok) throw new Error('expected the load to fail');
  return loaded.error;
}

describe('loadPackageFromFiles', () => {
  it('loads the valid base package', () => {
    const loaded = loadPackageFromFiles(base, 'tiny-cafe');
    expect(loaded.ok).toBe(true);
  });

  it('fails without app.json, saying where it must be', () => {
    const [problem] = problemsOf(edit({ 'app.json': null }));
    expect(problem).toMatchObject({ rule: 'package/app-json', file: 'app.json', severity: 'error' });
    expect(problem?.fix).toMatch(/app\.json/);
  });

  it('reports a JSON syntax error with file, line and column', () => {
    const problems = problemsOf(edit({ 'skills/drink/mcp.json': (old) => old.replace('"readOnlyHint": true }', '"readOnlyHint": true, }') }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'package/json-syntax', file: 'skills/drink/mcp.json', line: 13 });
    expect(renderProblem(problems[0] as Problem)).toMatch(/^error package\/json-syntax skills\/drink\/mcp\.json:13:\d+: JSON syntax error: Trailing comma/);
  });

  it('reports wrong types in app.json by field and line', () => {
    const problems = problemsOf(edit({ 'app.json': '{\n  "pages": "pages/index/index",\n  "agent": { "skills": {} }\n}' }));
    expect(problems.map((p) => [p.rule, p.field, p.line])).toEqual([
      ['package/app-json', 'pages', 2],
      ['package/app-json', 'agent.skills', 3],
    ]);
  });

  it('reports a page listed without its .wxml', () => {
    const problems = problemsOf(editJson('app.json', (app) => app.pages.push('pages/missing/missing')));
    expect(problems).toEqual([expect.objectContaining({ rule: 'package/page-missing', file: 'app.json', field: 'pages[1]' })]);
  });

  it('reports a usingComponents entry that points nowhere', () => {
    const problems = problemsOf(editJson('pages/index/index.json', (json) => (json.usingComponents.ghost = '../../components/ghost/ghost')));
    expect(problems).toEqual([expect.objectContaining({ rule: 'package/component-missing', file: 'pages/index/index.json', field: 'usingComponents.ghost' })]);
  });

  it('reports a page JSON that is not an object', () => {
    expect(problemsOf(edit({ 'pages/index/index.json': '[]' }))[0]).toMatchObject({ rule: 'package/json-shape', file: 'pages/index/index.json' });
  });

  it('reports a skill path with no files, and a skill with no path', () => {
    const problems = problemsOf(
      editJson('app.json', (app) => {
        app.agent.skills.push({ name: 'ghost', description: 'nothing', path: 'skills/ghost' });
        app.agent.skills.push({ name: 'pathless', description: 'nothing' });
      }),
    );
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['skill/required-fields', 'agent.skills[2].path'],
      ['skill/path-missing', 'agent.skills[1].path'],
    ]);
  });

  it('reports a skill path that leaves the package', () => {
    const problems = problemsOf(editJson('app.json', (app) => (app.agent.skills[0].path = '../outside')));
    expect(problems[0]).toMatchObject({ rule: 'skill/path-missing', field: 'agent.skills[0].path' });
  });

  it('reports a declared AGENTS.md or page-meta.json that is absent', () => {
    const problems = problemsOf(edit({ 'AGENTS.md': null, 'page-meta.json': null }));
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['package/app-json', 'agent.pageMetadata'],
      ['package/app-json', 'agent.instruction'],
    ]);
  });

  it('reports mcp.json of the wrong shape and APIs without required fields', () => {
    expect(problemsOf(edit({ 'skills/drink/mcp.json': '{ "apis": {} }' }))[0]).toMatchObject({ rule: 'skill/mcp-json', field: 'apis' });
    const problems = problemsOf(
      editJson('skills/drink/mcp.json', (mcp) => {
        delete mcp.apis[0].inputSchema;
        mcp.apis[1].description = 42;
        mcp.apis[1].outputSchema = 'none';
      }),
    );
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['skill/api-fields', 'apis[0]'],
      ['skill/api-fields', 'apis[1].description'],
      ['skill/schema-valid', 'apis[1].outputSchema'],
    ]);
    expect(problems[0]?.message).toMatch(/"listDrinks" has no "inputSchema"/);
  });

  it('reports malformed examples and tests that name unknown APIs', () => {
    const problems = problemsOf(
      edit({
        'skills/drink/tests/orderDrink.json': '[{ "api": "orderDrinks", "arguments": {} }, { "api": "orderDrink", "arguments": [] }]',
      }),
    );
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['skill/examples', '[0].api'],
      ['skill/examples', '[1]'],
    ]);
    expect(problems[0]?.message).toMatch(/"orderDrinks", which skills\/drink\/mcp\.json does not declare/);
  });

  it('reports a card path that leaves the package', () => {
    const problems = problemsOf(editJson('skills/drink/mcp.json', (mcp) => (mcp.apis[1]._meta.ui.componentPath = '../../../../card')));
    expect(problems[0]).toMatchObject({ rule: 'skill/component-path', field: 'apis[1]._meta.ui.componentPath' });
  });

  it('reports broken YAML front matter in SKILL.md with its line', () => {
    const problems = problemsOf(edit({ 'skills/drink/SKILL.md': '---\nname: drink\ndescription: [unclosed\n---\n# body\n' }));
    expect(problems[0]).toMatchObject({ rule: 'package/yaml-syntax', file: 'skills/drink/SKILL.md' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses unsafe paths in an in-memory files map', () => {
    const problems = problemsOf({ ...base, '../escape.js': 'x', '/abs.js': 'y' });
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['package/unsafe-path', '../escape.js'],
      ['package/unsafe-path', '/abs.js'],
    ]);
  });

  it('collects every problem instead of stopping at the first', () => {
    const problems = problemsOf({
      ...editJson('app.json', (app) => app.pages.push('pages/a/a', 'pages/b/b')),
      'skills/drink/mcp.json': '{',
    });
    expect(problems.map((p) => p.rule)).toEqual(['package/page-missing', 'package/page-missing', 'package/json-syntax']);
  });

  it('reads lenient spellings: subpackages, top-level pagePath, realtime cards, top-level pageMetadata', () => {
    const files: PackageFiles = {
      ...editJson('app.json', (app) => {
        app.subpackages = [{ root: 'pkgA', pages: ['pages/extra/extra'] }];
        app.pageMetadata = app.agent.pageMetadata;
        delete app.agent.pageMetadata;
      }),
      'pkgA/pages/extra/extra.wxml': '<view/>',
    };
    const { 'skills/drink/tests/orderDrink.json': _tests, ...withoutTests } = files;
    const lenient = {
      ...withoutTests,
      'skills/drink/mcp.json': JSON.stringify({
        apis: [{ name: 'listDrinks', description: 'd', inputSchema: { type: 'object' }, pagePath: '/pages/index/index', confirmRequired: true }],
        components: [{ path: 'components/order-card', pagePath: 'pages/index/index', realtime: true }],
      }),
    };
    const loaded = loadPackageFromFiles(lenient, 'x');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.pages.map((page) => page.path)).toEqual(['pages/index/index', 'pkgA/pages/extra/extra']);
    expect(loaded.value.pageMeta).toHaveLength(1);
    const [skill] = loaded.value.skills;
    expect(skill?.apis[0]).toMatchObject({ pagePath: 'pages/index/index', annotations: { confirmRequired: true } });
    expect(skill?.components[0]).toEqual({ path: 'skills/drink/components/order-card/index', relatedPage: 'pages/index/index', dynamic: true });
  });
});

describe('renderProblem', () => {
  it('renders one line with severity, rule, place, field, message and fix', () => {
    const line = renderProblem({ rule: 'skill/max-count', severity: 'error', file: 'skills/x/mcp.json', line: 12, field: 'apis[3].name', message: 'Too many.', fix: 'merge skills.' });
    expect(line).toBe('error skill/max-count skills/x/mcp.json:12 (apis[3].name): Too many. — fix: merge skills.');
    expect(renderProblem({ rule: 'bp/jailbreak', severity: 'warning', message: 'm' })).toBe('warning bp/jailbreak: m');
  });
});
