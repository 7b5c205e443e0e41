/** ISO weekdays, Monday 1 to Sunday 7 (MediatorInput.weekdays). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Specialties are free text in the API; these are the ones the county uses (and the demo seeds), so
 * filters can offer them and screens can translate them. Any other specialty is shown as written.
 */
export const KNOWN_SPECIALTIES = [
  'family',
  'land',
  'labor',
  'legal',
  'property',
  'medical',
  'traffic',
  'psychology',
] as const;

/** The header line of the pool CSV (ImportPoolInput.csv), its columns in the order `exportPool` writes them. */
export const POOL_CSV_HEADER =
  'name,nationalId,phone,gender,fullTime,specialties,languages,studio,organisationId,gridUnitIds,status,joinedOn,weekdays,certifications';
export const POOL_CSV_COLUMNS: readonly string[] = POOL_CSV_HEADER.split(',');
