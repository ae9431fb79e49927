/**
 * EU member states plus the EEA countries, where the GDPR and the Data Act
 * apply (ISO 3166-1 alpha-2). Switzerland is not in the EEA but holds an EU
 * adequacy decision, so data there counts as resident for our purpose.
 */
const EU_EEA = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'CH',
]);

/** @public */
export function isEuCountry(country: string): boolean {
  return EU_EEA.has(country.toUpperCase());
}
