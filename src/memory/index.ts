export { Memory } from './memory.ts';
export type { UserProfile } from './profile.ts';
