/**
 * Public API of the rules engine (pure TypeScript: no DOM, no map).
 */
export * from './reason-codes.ts';
export * from './decision-table.ts';
export * from './vng.ts';
export * from './zone-permission.ts';
export * from './activities.ts';
export * from './location-check.ts';
