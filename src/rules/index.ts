/**
 * Public API of the rules engine (pure TypeScript: no DOM, no map).
 */
export * from './reason-codes.ts';
export * from './decision-table.ts';
export * from './vng.ts';
export * from './zone-permission.ts';
export * from './activities.ts';
export * from './location-check.ts';
// One Program type, in the domain vocabulary; re-exported for the rules' callers.
export type { Program } from '../domain/domain.ts';
