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

/** The columns of the pool CSV (ImportPoolInput.csv), in the order `exportPool` writes them. */
export const POOL_CSV_COLUMNS = [
  'name',
  'nationalId',
  'phone',
  'gender',
  'fullTime',
  'specialties',
  'languages',
  'studio',
  'organisationId',
  'gridUnitIds',
  'status',
  'joinedOn',
  'weekdays',
  'certifications',
] as const;
