import { checkNationalId, isRealDate, normaliseName, normalisePhone } from '@onedoor/db';
import { GENDERS, type Gender, MEMBERSHIP_STATUSES, type MembershipStatus } from '@onedoor/db/people';

/** The columns of the pool CSV, in export order. */
export const COLUMNS = [
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
export type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['name', 'nationalId'];

export interface ImportRow {
  line: number;
  name: string;
  nationalId: string;
  phone: string | null;
  gender: Gender;
  fullTime: boolean;
  specialties: string[];
  languages: string[];
  studio: string | null;
  organisationId: string | null;
  gridUnitIds: string[];
  status: MembershipStatus;
  joinedOn: string | null;
  weekdays: number[];
  certifications: { name: string; expiresOn: string | null }[];
}

export interface Rejection {
  line: number;
  field: string;
  reason: string;
}

class RowError extends Error {
  constructor(
    readonly field: Column,
    message: string,
  ) {
    super(message);
  }
}

/** Checked per cell of large files, so a plain pattern rather than a schema built per call. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (v: string) => UUID.test(v);

const list = (v: string) => [
  ...new Set(
    v
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

function text(field: Column, v: string, max: number): string {
  if (v.length > max) throw new RowError(field, `${field} must be at most ${max} characters.`);
  return v;
}

function parseBoolean(v: string): boolean {
  if (['', 'false', '0', 'no', '否', '兼职'].includes(v.toLowerCase())) return false;
  if (['true', '1', 'yes', '是', '专职'].includes(v.toLowerCase())) return true;
  throw new RowError('fullTime', `fullTime must be true or false (or 专职 / 兼职); got "${v}".`);
}

function parseCertifications(v: string): ImportRow['certifications'] {
  return list(v).map((entry) => {
    const [name, expiresOn, extra] = entry.split('@').map((s) => s.trim());
    if (!name || extra !== undefined)
      throw new RowError('certifications', `A certification is name@YYYY-MM-DD or just the name; got "${entry}".`);
    if (expiresOn !== undefined && !isRealDate(expiresOn))
      throw new RowError(
        'certifications',
        `The expiry of "${name}" must be a real date written YYYY-MM-DD; got "${expiresOn}".`,
      );
    return { name: text('certifications', name, 100), expiresOn: expiresOn ?? null };
  });
}

/** Validates one row; every problem names the column and says what to do. */
function parseRow(line: number, get: (c: Column) => string, today: string): ImportRow {
  for (const c of REQUIRED) if (!get(c)) throw new RowError(c, `${c} is required.`);
  const id = checkNationalId(get('nationalId'));
  if (!id.ok) throw new RowError('nationalId', id.message);
  if (id.birthDate > today)
    throw new RowError('nationalId', `The national id encodes a birth date in the future (${id.birthDate}).`);
  const phone = get('phone') ? normalisePhone(get('phone')) : null;
  if (get('phone') && !phone)
    throw new RowError(
      'phone',
      `"${get('phone')}" is neither a mainland mobile (13812345678) nor a landline with area code (0539-1234567).`,
    );
  const gender = (get('gender').toUpperCase() || id.gender) as Gender;
  if (!GENDERS.includes(gender))
    throw new RowError('gender', `gender must be one of ${GENDERS.join(', ')}; got "${get('gender')}".`);
  const status = (get('status').toUpperCase() || 'ACTIVE') as MembershipStatus;
  if (!MEMBERSHIP_STATUSES.includes(status))
    throw new RowError('status', `status must be one of ${MEMBERSHIP_STATUSES.join(', ')}; got "${get('status')}".`);
  const organisationId = get('organisationId') || null;
  if (organisationId && !isUuid(organisationId))
    throw new RowError('organisationId', `organisationId must be an id (UUID); got "${organisationId}".`);
  const gridUnitIds = list(get('gridUnitIds'));
  const badUnit = gridUnitIds.find((u) => !isUuid(u));
  if (badUnit) throw new RowError('gridUnitIds', `gridUnitIds must be ids (UUIDs) separated by ";"; got "${badUnit}".`);
  const joinedOn = get('joinedOn') || null;
  if (joinedOn && (!isRealDate(joinedOn) || joinedOn > today))
    throw new RowError(
      'joinedOn',
      `joinedOn must be a real date written YYYY-MM-DD, not in the future; got "${joinedOn}".`,
    );
  const weekdays = get('weekdays') ? list(get('weekdays')).map(Number) : [1, 2, 3, 4, 5];
  if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw new RowError(
      'weekdays',
      `weekdays are numbers 1 (Monday) to 7 (Sunday) separated by ";"; got "${get('weekdays')}".`,
    );
  const specialties = list(get('specialties')).map((s) => text('specialties', s, 50));
  return {
    line,
    name: text('name', normaliseName(get('name')), 100),
    nationalId: id.value,
    phone,
    gender,
    fullTime: parseBoolean(get('fullTime')),
    specialties,
    languages: list(get('languages')).map((s) => text('languages', s, 50)),
    studio: text('studio', get('studio'), 100) || null,
    organisationId,
    gridUnitIds,
    status,
    joinedOn,
    weekdays: [...new Set(weekdays)].sort(),
    certifications: parseCertifications(get('certifications')),
  };
}

/**
 * Parses and validates every row. A header names the columns (any order; unknown columns refused);
 * a national id seen on an earlier row of the same file is refused on the later row.
 */
export function validateRows(
  rows: { line: number; cells: string[] }[],
  today: string,
): { valid: ImportRow[]; rejected: Rejection[]; headerError?: string } {
  const [header, ...data] = rows;
  if (!header)
    return {
      valid: [],
      rejected: [],
      headerError: 'The file is empty: it needs a header row and at least one data row.',
    };
  const names = header.cells.map((c) => c.trim());
  const unknown = names.find((n) => !(COLUMNS as readonly string[]).includes(n));
  if (unknown !== undefined)
    return {
      valid: [],
      rejected: [],
      headerError: `Unknown column "${unknown}". Known columns: ${COLUMNS.join(', ')}.`,
    };
  const missing = REQUIRED.find((c) => !names.includes(c));
  if (missing) return { valid: [], rejected: [], headerError: `The header lacks the required column "${missing}".` };
  const index = new Map(names.map((n, i) => [n as Column, i]));
  const valid: ImportRow[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  for (const row of data) {
    try {
      if (row.cells.length !== names.length)
        throw new RowError(
          'name',
          `The row has ${row.cells.length} cells but the header has ${names.length}: check for a missing or extra comma.`,
        );
      const parsed = parseRow(
        row.line,
        (c) => {
          const i = index.get(c);
          return i === undefined ? '' : row.cells[i]!.trim();
        },
        today,
      );
      const earlier = seen.get(parsed.nationalId);
      if (earlier)
        throw new RowError('nationalId', `The same national id is on line ${earlier}: a person appears once per file.`);
      seen.set(parsed.nationalId, row.line);
      valid.push(parsed);
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      rejected.push({ line: row.line, field: err.field, reason: err.message });
    }
  }
  return { valid, rejected };
}
