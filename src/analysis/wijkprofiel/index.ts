/** Wijkprofielen (issue 16): per buurt, wijk and city, today and after the proposals. */
export * from './assign.ts';
export * from './classes.ts';
export * from './compute.ts';
export * from './delta.ts';
export * from './indicators.ts';
export * from './export.ts';
export * from './view.ts';
