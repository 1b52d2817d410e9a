export { seedEcosystem, seedUsers, sampleUsers, samplePackageDirs, ECOSYSTEM_DIR } from './seed.ts';
