export { agentCaller, type AgentCaller, type CallerCredentials } from './caller.ts';
export { describeConfirmation, describeConsent, replyText } from './describe.ts';
export { StateSealer } from './sealer.ts';
