import type { Command } from 'commander';
import { analyzePackage, type Analysis } from '../../../analyzer/index.ts';
import { AgentOsError } from '../../../core/index.ts';
import { loadPackage, renderProblem } from '../../../package/index.ts';
import { printJson, runCommand } from '../run-command.ts';

/**
 * `agentos analyze <dir> [--json]`: what automatic mode reads from a package — the capability
 * graph, the derived tools, the generated SKILL.md, warnings — and a summary line. Runs no code.
 */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze <dir>')
    .description('show what automatic mode derives from a package: capability graph, tools, SKILL.md, warnings (runs no code)')
    .option('--json', 'print the whole analysis as JSON')
    .action((dir: string, options: { json?: boolean }) =>
      runCommand(async () => {
        const loaded = await loadPackage(dir);
        if (!loaded.ok) {
          throw new AgentOsError('INVALID_PACKAGE', `${dir} is not a valid mini-program package (不是有效的小程序包):\n${loaded.error.map(renderProblem).join('\n')}`, { where: dir, fix: 'fix the problems listed (agentos lint shows them all)' });
        }
        const analysis = analyzePackage(loaded.value);
        if (options.json) return printJson({ summary: analysis.summary, graph: analysis.graph, tools: analysis.derived.apis, plans: analysis.derived.plans, skillMd: analysis.derived.skillMd, warnings: analysis.warnings });
        process.stdout.write(render(analysis));
        return 0;
      }),
    );
}

function render({ graph, derived, warnings, summary }: Analysis): string {
  const out: string[] = [`# ${graph.appName}`, '', '## Capability graph'];
  for (const page of graph.pages) {
    out.push(`${page.path}  「${page.title}」${page.entryParams.length ? `  query: ${page.entryParams.join(', ')}` : ''}`);
    for (const list of page.lists) out.push(`  list ${list.key}${list.label ? ` (${list.label})` : ''}: ${list.itemFields.join(', ')}`);
    for (const action of page.actions) {
      const effects = action.handler ? page.handlers[action.handler]?.effects ?? [] : [];
      const what = effects.map((e) => (e.kind === 'navigate' ? `→ ${e.target ?? '?'}${e.query.length ? `?${e.query.map((q) => q.key).join('&')}` : ''}` : e.kind === 'user-data' ? `reads ${e.scope}` : e.kind)).filter((e) => e !== 'toast');
      out.push(`  ${action.event} ${action.handler ?? action.url ?? '?'}${action.list ? ` [${action.list}]` : ''}${action.label ? ` 「${action.label.slice(0, 40)}」` : ''}${what.length ? `  ${[...new Set(what)].join(', ')}` : ''}`);
    }
    const reads = page.loadEffects.filter((e) => e.kind === 'user-data' || e.kind === 'request');
    if (reads.length) out.push(`  on load: ${reads.map((e) => (e.kind === 'user-data' ? `reads ${e.scope}` : e.kind)).join(', ')}`);
  }
  out.push('', '## Derived tools');
  for (const api of derived.apis) {
    const props = api.inputSchema.properties ?? {};
    const required = new Set(api.inputSchema.required ?? []);
    out.push(`${api.name}(${Object.keys(props).map((k) => `${k}${required.has(k) ? '' : '?'}`).join(', ')})${api.annotations?.readOnlyHint ? '  read-only' : ''}${api.annotations?.confirmRequired ? '  needs confirmation' : ''}`, `  ${api.description}`);
  }
  out.push('', '## SKILL.md', derived.skillMd, '## Warnings', ...(warnings.length ? warnings.map((w) => `⚠ ${w.file ? `${w.file}: ` : ''}${w.message}`) : ['none']), '');
  out.push(`${summary.pages} pages, ${summary.actions} actions, ${summary.paymentPoints} payment points, ${summary.dataReads} data reads, ${summary.warnings} warnings, ${derived.apis.length} tools`, '');
  return out.join('\n');
}
