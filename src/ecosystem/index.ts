export { seedEcosystem, sampleUsers, samplePackageDirs, ECOSYSTEM_DIR } from './seed.ts';
