/**
 * All layers of the app, in draw order (first = bottom). To add a layer, add a
 * `*.layer.ts` file and its data file, and list it here.
 */
import { BASE_BEBOUWING, BASE_SPOOR, BASE_WATER, BASE_WEGEN } from './base.layer.ts';
import { BEDRIJVEN } from './bedrijven.layer.ts';
import { BEDRIJVENTERREINEN } from './bedrijventerreinen.layer.ts';
import { BUURTEN } from './buurten.layer.ts';
import { PRODUCTIEVE_WIJKEN } from './productieve-wijken.layer.ts';
import type { LayerDefinition } from './types.ts';
import { WONINGEN } from './woningen.layer.ts';
import { WOONWERKZONES } from './woonwerkzones.layer.ts';

export const LAYERS: readonly LayerDefinition[] = [
  BASE_WATER,
  BASE_BEBOUWING,
  BASE_WEGEN,
  BASE_SPOOR,
  BEDRIJVENTERREINEN,
  WOONWERKZONES,
  PRODUCTIEVE_WIJKEN,
  BUURTEN,
  BEDRIJVEN,
  WONINGEN,
];
