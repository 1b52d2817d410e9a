import type { Command } from 'commander';
import { openHub } from '../../../hub/index.ts';
import { loadConfig } from '../../../core/index.ts';
import { registerAuditCommands } from './audit.ts';
import { registerPayCommands } from './pay.ts';

/** The operator's views of money and of the audit trail. */
export function registerOperatorCommands(program: Command): void {
  const open = () => openHub(loadConfig());
  registerPayCommands(program, open);
  registerAuditCommands(program, open);
}
