import type { RuleInfo } from '../types.ts';

/**
 * Rules the package loader checks (src/package): listed here so the rule table documents every
 * id a developer can meet. The ids that are also lint rules (package/app-json,
 * package/page-missing, skill/required-fields, skill/api-fields, skill/schema-valid,
 * skill/component-path) are listed once, with their lint rules.
 */
const load = (id: string, title: string): RuleInfo => ({ id, severity: 'error', title, stage: 'load' });

export const loadRules: RuleInfo[] = [
  load('package/source', 'the source is a package folder or a .zip, .tgz or .tar archive that exists'),
  load('package/archive', 'the archive is readable, holds plain files only, and stays within 50 MB unpacked and 5,000 files'),
  load('package/unsafe-path', 'no file path is absolute or climbs out of the package with ".."'),
  load('package/js-compile', 'every ES-module and TypeScript source compiles to CommonJS (reported at its original line)'),
  load('package/json-syntax', 'every JSON file the package uses parses (reported with line and column)'),
  load('package/yaml-syntax', 'the YAML front matter of SKILL.md parses'),
  load('package/json-shape', 'page, component and page-meta JSON files have the expected shape'),
  load('package/component-missing', 'every usingComponents entry points to a component in the package'),
  load('skill/path-missing', 'every skill path in app.json is a folder of the package'),
  load('skill/mcp-json', 'mcp.json holds an object with "apis" and "components" arrays'),
  load('skill/examples', 'examples (in mcp.json or tests/*.json) are well-formed and name declared APIs'),
];
