export { httpApp } from './app.ts';
export { serveHttp, portInUse, type RunningServer } from './serve.ts';
export type { AdminOptions, ForwardedCommand, CommandOutput } from './routes/admin.ts';
