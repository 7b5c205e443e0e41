import { fieldNameOf } from '../i18n/fieldNames';

/** The translation key of a case field's name. */
export const caseField = fieldNameOf('cases');

/** What every case screen reads of a case (the list's row, the export, the page's header). */
export interface CaseSummary {
  id: string;
  number: string;
  title: string;
  status: string;
  channel: string;
  warning: string;
  receivedAt: string;
  headCount: number;
  repeat: boolean;
  groupPetition: boolean;
}
