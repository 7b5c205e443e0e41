import type { IntakeValues, PersonHit, PetitionerRow } from './types';

/** Trimmed text, or null when blank. */
export function text(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const s = String(value).trim();
  return s === '' ? null : s;
}

export const isNewPerson = (row: PetitionerRow) => !row.personId;

/** RegisterPersonInput for a petitioner typed in on the form. */
export function personInput(row: PetitionerRow): Record<string, unknown> {
  return {
    name: text(row.name) ?? '',
    gender: row.gender || null,
    phone: text(row.phone),
    nationalId: text(row.nationalId),
    address: text(row.address),
  };
}

/**
 * RegisterCaseInput from the form, given the petitioners' ids in row order. Channel details go only
 * with their channel, so details typed for another channel and then left are not sent.
 */
export function caseInput(values: IntakeValues, petitionerIds: string[]): Record<string, unknown> {
  const channel = values.channel ?? '';
  const rows = values.petitioners ?? [];
  const headCount =
    values.headCount === null || values.headCount === undefined || Number.isNaN(values.headCount)
      ? null
      : Number(values.headCount);
  return {
    channel,
    categoryId: values.categoryId ?? '',
    // Blank required text goes as '' so the API answers with a field error rather than a type error.
    title: text(values.title) ?? '',
    description: text(values.description) ?? '',
    petitionerIds,
    headCount,
    gridUnitId: values.gridUnitId ?? '',
    contactPhone: text(values.contactPhone) ?? '',
    receivedAt: values.receivedAt || null,
    externalOrderNumber: channel === 'HOTLINE_12345' ? text(values.externalOrderNumber) : null,
    assigningBody: channel === 'ASSIGNED_BY_SUPERIOR' ? text(values.assigningBody) : null,
    assigningDeadlineAt: channel === 'ASSIGNED_BY_SUPERIOR' ? values.assigningDeadlineAt || null : null,
    proxyAgentId: channel === 'PROXY_AGENT' ? values.proxyAgentId || null : null,
    representativeIds: rows.flatMap((row, i) => (row.representative && petitionerIds[i] ? [petitionerIds[i]] : [])),
    lawRelated: Boolean(values.lawRelated),
    legalChannel: values.lawRelated ? values.legalChannel || null : null,
    crossLevel: Boolean(values.crossLevel),
  };
}

/** The label key of a field of RegisterCaseInput as the intake form shows it. */
export function caseFieldLabel(field: string): string {
  if (/^(?:petitionerIds|representativeIds)\b/.test(field)) return 'onedoor.cases.intake.sections.petitioners';
  return `onedoor.cases.intake.fields.${field}`;
}

/** The label key of a field of RegisterPersonInput as a petitioner's row shows it. */
export const personFieldLabel = (field: string): string => `onedoor.cases.intake.person.${field}`;

/** registerCase's field names onto the form's: a petitioner's id error shows next to that row's name. */
export function caseErrorsOnForm(errors: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!errors) return undefined;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const row = /^petitionerIds\.(\d+)$/.exec(field);
    if (row) out[`petitioners.${row[1]}.name`] = message;
    else if (field === 'petitionerIds' || field.startsWith('representativeIds')) out.petitioners = message;
    else out[field] = message;
  }
  return out;
}

const PERSON_FIELDS = new Set(['name', 'gender', 'phone', 'nationalId', 'address']);

/** registerPerson's field names onto the row's (a field the row does not show goes next to the name). */
export function personErrorsOnForm(
  errors: Record<string, string> | undefined,
  index: number,
): Record<string, string> | undefined {
  if (!errors) return undefined;
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      `petitioners.${index}.${PERSON_FIELDS.has(field) ? field : 'name'}`,
      message,
    ]),
  );
}

const PHONE = /^(1[3-9]\d{9}|0\d{9,11})$/;
const NATIONAL_ID = /^\d{17}[\dXx]$/;

/**
 * Whether what was typed has the shape of a phone (separators and a +86 left out); the API holds the rule
 * and normalises it, so the typed text is what is sent.
 */
const looksLikePhone = (typed: string) =>
  PHONE.test(
    typed
      .normalize('NFKC')
      .replace(/[\s\-.()]/g, '')
      .replace(/^(?:\+|00)86(?=1)/, ''),
  );

/** Variables of DUPLICATE_CANDIDATES for a new row, or null when it has nothing to look up yet. */
export function duplicateLookup(row: PetitionerRow | undefined) {
  const phone = text(row?.phone) ?? null;
  const nationalId = text(row?.nationalId)?.toUpperCase() ?? null;
  const withPhone = !!phone && looksLikePhone(phone) && !!text(row?.name);
  const withNationalId = !!nationalId && NATIONAL_ID.test(nationalId);
  if (!withPhone && !withNationalId) return null;
  return {
    byPhone: withPhone ? { phone } : null,
    byNationalId: withNationalId ? { nationalId } : null,
    withPhone,
    withNationalId,
  };
}

export interface DuplicateAnswer {
  byPhone?: { nodes: PersonHit[] };
  byNationalId?: { nodes: PersonHit[] };
}

/** Registered persons that are probably the one typed in: the same national id, or the same name and phone. */
export function probableDuplicates(row: PetitionerRow | undefined, answer: DuplicateAnswer | undefined): PersonHit[] {
  if (!row || !answer) return [];
  const name = text(row.name);
  const hits = [...(answer.byNationalId?.nodes ?? []), ...(answer.byPhone?.nodes ?? []).filter((p) => p.name === name)];
  return hits.filter((p, i) => hits.findIndex((q) => q.id === p.id) === i);
}

/** What a search box holds to a PersonFilter: a national id or a phone exactly, anything else words of the name. */
export function personFilterFor(query: string): Record<string, string> | null {
  const q = query.trim();
  if (!q) return null;
  if (NATIONAL_ID.test(q)) return { nationalId: q.toUpperCase() };
  if (looksLikePhone(q)) return { phone: q };
  return { search: q.slice(0, 100) };
}

/** An ISO instant as the Beijing wall time a `datetime-local` input shows. */
export function isoToShanghaiLocal(value: string | null | undefined): string {
  if (!value) return '';
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? '' : new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}
