import { useCallback, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { type HttpError, useDataProvider, useNotify, useRedirect } from 'react-admin';
import { apiFieldErrorsOf, type FieldLabel } from '../../data/errors';
import { useNotifyRefusal } from '../../data/hooks';
import type { OneDoorDataProvider } from '../../data/provider';
import { DUPLICATE_CANDIDATES, REGISTER_CASE, REGISTER_PERSON } from '../operations';
import {
  caseErrorsOnForm,
  caseFieldLabel,
  caseInput,
  type DuplicateAnswer,
  duplicateLookup,
  isNewPerson,
  personErrorsOnForm,
  personFieldLabel,
  personInput,
  probableDuplicates,
} from './registration';
import type { IntakeValues } from './types';
import type { RegisteredState } from '../show/RegisteredNotice';

type FormErrors = Record<string, string> | undefined;

/** A well-formed id no person has, standing in for a petitioner not registered yet (see the dry run below). */
const placeholder = (index: number) => `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;

/**
 * The intake form's submit: returns the form's field errors, or registers and opens the new case.
 *
 * RegisterCaseInput takes petitioners by id only, so a petitioner typed in must be registered first
 * (`registerPerson`). To save nothing when the case itself would be refused, new petitioners stand in
 * as unknown ids for a first `registerCase` that the API must refuse at the first of them (it checks
 * every other field before looking persons up); only then are the persons and the case registered.
 * A person registered during this visit is reused on the next try, never registered twice.
 */
export function useRegisterCase() {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const registered = useRef(new Map<string, string>());

  const notifyRefusal = useNotifyRefusal();
  // The form maps the API's field names onto its own inputs (registration.ts), so it reads them as the API named
  // them; the notification names them by the labels the form shows.
  const failed = useCallback(
    (error: unknown, fieldLabel: FieldLabel) => void notifyRefusal(error as HttpError, { fieldLabel }),
    [notifyRefusal],
  );

  return useCallback(
    async (values: IntakeValues): Promise<FormErrors> => {
      const rows = values.petitioners ?? [];
      const known = (i: number) =>
        rows[i]!.personId ?? registered.current.get(JSON.stringify(personInput(rows[i]!))) ?? null;

      // A probable duplicate stops the submission before anything is written, unless staff said it is not one.
      const duplicates: Record<string, string> = {};
      for (const [i, row] of rows.entries()) {
        const lookup = isNewPerson(row) && !row.notDuplicate && !known(i) ? duplicateLookup(row) : null;
        if (!lookup) continue;
        const answer = await dataProvider.graphql<DuplicateAnswer>(DUPLICATE_CANDIDATES, lookup).catch(() => undefined);
        if (probableDuplicates(row, answer).length > 0)
          duplicates[`petitioners.${i}.name`] = 'onedoor.cases.intake.duplicate.blocked';
      }
      if (Object.keys(duplicates).length > 0) return duplicates;

      const pending = rows.flatMap((_, i) => (known(i) ? [] : [i]));
      if (pending.length > 0) {
        const standIns = rows.map((_, i) => known(i) ?? placeholder(i));
        const refusal = await dataProvider.graphql(REGISTER_CASE, { input: caseInput(values, standIns) }).then(
          () => new Error('The API registered a case for petitioners that do not exist.'),
          (error: unknown) => error,
        );
        const fields = apiFieldErrorsOf(refusal);
        const onlyStandIns =
          !!fields && Object.keys(fields).every((field) => pending.some((i) => field === `petitionerIds.${i}`));
        if (!onlyStandIns) {
          failed(refusal, caseFieldLabel);
          return caseErrorsOnForm(fields);
        }
      }

      const ids: string[] = [];
      for (const [i, row] of rows.entries()) {
        const id = known(i);
        if (id) {
          ids.push(id);
          continue;
        }
        try {
          const input = personInput(row);
          const { registerPerson } = await dataProvider.graphql<{ registerPerson: { id: string } }>(REGISTER_PERSON, {
            input,
          });
          registered.current.set(JSON.stringify(input), registerPerson.id);
          ids.push(registerPerson.id);
        } catch (error) {
          failed(error, personFieldLabel);
          return personErrorsOnForm(apiFieldErrorsOf(error), i);
        }
      }

      try {
        const { registerCase } = await dataProvider.graphql<{
          registerCase: { id: string; number: string; trackingCode: string };
        }>(REGISTER_CASE, { input: caseInput(values, ids) });
        notify('onedoor.cases.intake.registered', {
          type: 'success',
          messageArgs: { number: registerCase.number, trackingCode: registerCase.trackingCode },
        });
        await queryClient.invalidateQueries();
        // The case page opens as intake's success view, offering the receipt to print (RegisteredNotice).
        redirect('show', 'cases', registerCase.id, undefined, { registered: true } satisfies RegisteredState);
        return undefined;
      } catch (error) {
        failed(error, caseFieldLabel);
        return caseErrorsOnForm(apiFieldErrorsOf(error));
      }
    },
    [dataProvider, failed, notify, queryClient, redirect],
  );
}
