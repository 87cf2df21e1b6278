/** The number/date locale of each UI language. */
export const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;
