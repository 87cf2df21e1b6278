/**
 * Formatting of property values for the info panel: numbers in the locale of
 * the UI language, enum labels, units from the messages. Returns plain text;
 * the UI renders it as text (never as HTML).
 */
import type { PropertySpec, PropertyUnit } from '../domain/schema.ts';
import type { Messages } from '../i18n/nl.ts';

import { formatNumberUpTo } from '../i18n/format.ts';
import { LOCALES } from '../i18n/locales.ts';

/** Units that count things (people, homes): the property's label already names them. */
function isCountUnit(unit: PropertyUnit): unit is 'jobs' | 'homes' {
  return unit === 'jobs' || unit === 'homes';
}

/** Intl locale of each UI language. */
export { LOCALES };

/**
 * Formats a property value as text.
 * @param value the raw value
 * @param spec its schema entry, if any
 * @param lang UI language
 * @param m the messages (units)
 * @returns the text to show
 */
export function formatValue(
  value: unknown,
  spec: PropertySpec | undefined,
  lang: 'nl' | 'en',
  m: Messages,
): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') {
    const text = formatNumberUpTo(value, lang, 2);
    // A count ("Werkzame personen", "Woningen") is named by its label: "Werkzame personen: 20",
    // not "Werkzame personen: 20 werkzame personen". Only measures get a unit after the number.
    const unit = spec?.unit && !isCountUnit(spec.unit) ? m.units[spec.unit] : undefined;
    return unit ? `${text} ${unit}` : text;
  }
  if (typeof value === 'boolean') return value ? m.info.yes : m.info.no;
  if (typeof value === 'object') return JSON.stringify(value);
  const label = spec?.enumLabels?.[String(value)];
  return label ? label[lang] : String(value);
}
