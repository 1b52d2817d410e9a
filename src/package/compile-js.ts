import { transformSync, type Message } from 'esbuild';
import { bilingual, makeProblem } from './problem.ts';
import type { PackageFiles, Problem } from './types.ts';

/**
 * What WeChat's developer tools do before upload, done at install: mini-program JS written with
 * ES-module syntax (`import`/`export`) becomes CommonJS, and TypeScript sources with no compiled
 * `.js` beside them are transpiled. The compiled file takes the `.js` path the runtime requires;
 * its source map is kept beside it (`x.js.map`) so a finding can name the line as written.
 */

/** `import x from`, `import {`, `import '…'`, `export …` at the start of a statement (not `import(`). */
const MODULE_SYNTAX = /(^|[\n;])[ \t]*(import[ \t]*([\w$*{][^\n(]*?from[ \t]*)?['"]|import[ \t]+[\w$*{]|import[ \t]*[{*]|export(?:[ \t]+(?:default|const|let|var|function|class|async)\b|[ \t]*[{*]))/;

/** Comments only: a string that mentions `import` must not make a CommonJS file look like a module. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/[^\n]*/g, '$1');
}

export function usesModuleSyntax(source: string): boolean {
  return MODULE_SYNTAX.test(withoutComments(source));
}

/** The JS files to compile: `.js` with module syntax, and `.ts` (not `.d.ts`) with no `.js` of the same name. */
function compileTargets(files: PackageFiles): { source: string; output: string; loader: 'js' | 'ts' }[] {
  const targets: { source: string; output: string; loader: 'js' | 'ts' }[] = [];
  for (const [path, content] of Object.entries(files)) {
    if (content.startsWith('base64:') || path.startsWith('node_modules/')) continue;
    if (path.endsWith('.ts') && !path.endsWith('.d.ts')) {
      const output = `${path.slice(0, -3)}.js`;
      if (files[output] === undefined) targets.push({ source: path, output, loader: 'ts' });
    } else if (path.endsWith('.js') && usesModuleSyntax(content)) {
      targets.push({ source: path, output: path, loader: 'js' });
    }
  }
  return targets;
}

function compileProblem(source: string, message: Message): Problem {
  const at = message.location;
  return makeProblem({
    rule: 'package/js-compile',
    severity: 'error',
    file: source,
    ...(at ? { line: at.line, column: at.column + 1 } : {}),
    message: bilingual(`${source} does not compile: ${message.text}.`, `${source} 无法编译：${message.text}。`),
    fix: bilingual('correct the syntax at that line (the package is compiled as WeChat’s developer tools compile it).', '请修正该行语法（安装时按微信开发者工具的方式编译）。'),
  });
}

/**
 * Compiles the package's ES-module and TypeScript sources to CommonJS, in place in a copy of
 * `files`. Never throws: a file that does not compile is a `package/js-compile` problem at its
 * original line.
 */
export function compileSources(files: PackageFiles): { files: PackageFiles; problems: Problem[]; compiled: string[] } {
  const targets = compileTargets(files);
  if (targets.length === 0) return { files, problems: [], compiled: [] };
  const out: PackageFiles = { ...files };
  const problems: Problem[] = [];
  const compiled: string[] = [];
  for (const { source, output, loader } of targets) {
    try {
      const result = transformSync(files[source] ?? '', {
        loader,
        format: 'cjs',
        target: 'es2020',
        sourcemap: 'external',
        sourcefile: source,
        logLevel: 'silent',
      });
      out[output] = result.code;
      out[`${output}.map`] = result.map;
      compiled.push(source);
    } catch (error) {
      const messages = (error as { errors?: Message[] }).errors;
      if (messages && messages.length > 0) problems.push(...messages.slice(0, 3).map((m) => compileProblem(source, m)));
      else problems.push(compileProblem(source, { text: error instanceof Error ? error.message : String(error) } as Message));
    }
  }
  return { files: out, problems, compiled };
}
