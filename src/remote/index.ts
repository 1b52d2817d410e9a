export { RemoteServices, type RemoteService } from './remote-services.ts';
export { RESUME, untrusted, type RemoteCaller, type RemoteOutcome, type RemoteEndpoint, type RemoteToolSnapshot } from './types.ts';
