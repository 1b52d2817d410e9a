export * from './errors.ts';
export * from './result.ts';
export * from './hash.ts';
export * from './ids.ts';
export * from './clock.ts';
export * from './config.ts';
export * from './mutex.ts';
export { log, miniProgramLog, onMiniProgramLog, type Logger, type MiniProgramLogLine } from './log.ts';
export type { OrderLine, OrderDraft, OrderStatus, OrderView } from './order.ts';
