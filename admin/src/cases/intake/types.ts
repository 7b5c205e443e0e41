import type { PersonSummary } from '../../people/operations';
import { Channel } from '../../generated/enums';

/** Every channel of the API's `Channel` enum, the three staff meet most first. */
const FIRST: readonly Channel[] = ['VISIT', 'LETTER', 'PHONE'];
export const INTAKE_CHANNELS: readonly Channel[] = [...FIRST, ...Channel.filter((c) => !FIRST.includes(c))];

/**
 * One petitioner on the form: a registered person (`personId` set, name and phone only shown) or a
 * new one typed in, registered with `registerPerson` just before the case.
 */
export interface PetitionerRow {
  personId?: string | null;
  name?: string | null;
  gender?: string | null;
  phone?: string | null;
  nationalId?: string | null;
  address?: string | null;
  representative?: boolean | null;
  notDuplicate?: boolean | null;
}

/** The form's values: RegisterCaseInput's own field names, petitioners as rows. */
export interface IntakeValues {
  channel?: string | null;
  receivedAt?: string | null;
  externalOrderNumber?: string | null;
  assigningBody?: string | null;
  assigningDeadlineAt?: string | null;
  proxyAgentId?: string | null;
  petitioners?: PetitionerRow[] | null;
  headCount?: number | null;
  contactPhone?: string | null;
  categoryId?: string | null;
  gridUnitId?: string | null;
  title?: string | null;
  description?: string | null;
  lawRelated?: boolean | null;
  legalChannel?: string | null;
  crossLevel?: boolean | null;
}

/** A registered person found by the intake's search (the people domain's summary of a person). */
export type PersonHit = PersonSummary;

export interface CategoryNode {
  id: string;
  name: string;
  code: string;
  children: { id: string; name: string; code: string }[];
}

export interface GridNode {
  id: string;
  name: string;
  level: string;
}
