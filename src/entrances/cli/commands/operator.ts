import type { Command } from 'commander';
import { openHub } from '../../../hub/index.ts';
import { loadConfig } from '../../../core/index.ts';
import { io } from '../command-io.ts';
import { registerAuditCommands } from './audit.ts';
import { registerPayCommands } from './pay.ts';

/** The operator's views of money and of the audit trail. */
export function registerOperatorCommands(program: Command): void {
  const open = async () => {
    const running = io().hub;
    return running ? { pay: running.pay, trust: running.trust, close: async () => undefined } : openHub(loadConfig(), { command: process.argv[2] ?? 'cli' });
  };
  registerPayCommands(program, open);
  registerAuditCommands(program, open);
}
