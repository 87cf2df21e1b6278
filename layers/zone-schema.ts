/** The property schema shared by the three zoning layers (see `ZoneProperties` in src/domain/domain.ts). */
import {
  FUNCTIEMENGING_CLASSES,
  IBIS_TYPES,
  MILIEUCATEGORIEEN,
  OMGEVINGSTYPES,
  ZONE_STATUSES,
  ZONE_TYPES,
} from '../src/domain/domain.ts';
import type { PropertySchema } from '../src/domain/schema.ts';

export const ZONE_SCHEMA = {
  id: { type: 'string', required: true, label: { nl: 'Code', en: 'Code' } },
  name: { type: 'string', required: true, label: { nl: 'Naam', en: 'Name' } },
  zoneType: {
    type: 'string',
    required: true,
    enum: ZONE_TYPES,
    label: { nl: 'Soort gebied', en: 'Zone type' },
    enumLabels: {
      bedrijventerrein: { nl: 'Bedrijventerrein', en: 'Business park' },
      woonwerkzone: { nl: 'Woon-werkzone', en: 'Mixed live/work zone' },
      'productieve-wijk': { nl: 'Productieve wijk', en: 'Productive district' },
    },
  },
  status: {
    type: 'string',
    required: true,
    enum: ZONE_STATUSES,
    label: { nl: 'Status', en: 'Status' },
    enumLabels: {
      bestaand: { nl: 'Bestaand', en: 'Existing' },
      gepland: { nl: 'Gepland', en: 'Planned' },
    },
  },
  maxMilieucategorie: {
    type: 'string',
    required: true,
    enum: MILIEUCATEGORIEEN,
    label: { nl: 'Max. milieucategorie', en: 'Max. environmental category' },
  },
  functiemenging: {
    type: 'string',
    enum: FUNCTIEMENGING_CLASSES,
    label: { nl: 'Functiemenging (max.)', en: 'Function-mixing class (max.)' },
  },
  omgevingstype: {
    type: 'string',
    enum: OMGEVINGSTYPES,
    label: { nl: 'Omgevingstype', en: 'Area type' },
    enumLabels: {
      'rustige-woonwijk': { nl: 'Rustige woonwijk', en: 'Quiet residential area' },
      'gemengd-gebied': { nl: 'Gemengd gebied', en: 'Mixed area' },
    },
  },
  ibisType: { type: 'string', enum: IBIS_TYPES, label: { nl: 'IBIS-type', en: 'IBIS type' } },
  uitgeefbaarHa: {
    type: 'number',
    min: 0,
    unit: 'ha',
    label: { nl: 'Uitgeefbaar', en: 'Available for issue' },
  },
} as const satisfies PropertySchema;
