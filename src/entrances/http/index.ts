export { httpApp } from './app.ts';
export { serveHttp } from './serve.ts';
