import type { DocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { type HttpError, useDataProvider, useLogoutIfAccessDenied, useNotify, useTranslate } from 'react-admin';
import { codeKey, describeProblems, type FieldLabel, refusalCodeOf, refusalErrorsOf } from './errors';
import type { OneDoorDataProvider } from './provider';

/** Runs a query of the gateway for a workflow screen; refetches when the variables change. */
export function useGraphQLQuery<T>(
  query: DocumentNode,
  variables?: Record<string, unknown>,
  options: { enabled?: boolean } = {},
) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const result = useQuery<T, HttpError>({
    queryKey: ['graphql', print(query), variables ?? {}],
    queryFn: () => dataProvider.graphql<T>(query, variables),
    enabled: options.enabled ?? true,
  });
  // An expired or revoked session signs the user out, as it does on react-admin's own screens.
  useEffect(() => {
    if (result.error?.status === 401) void logoutIfAccessDenied(result.error);
  }, [result.error, logoutIfAccessDenied]);
  return result;
}

/** The translation key saying why the API refused, by its error code (a screen may word CONFLICT itself). */
export function refusalKey(error: unknown, conflictKey?: string): string {
  const code = refusalCodeOf(error);
  return code === 'CONFLICT' && conflictKey ? conflictKey : codeKey(code);
}

/** How a screen words a refusal: CONFLICT in its own words, fields by the labels it shows them with. */
export interface RefusalWording {
  /** Translation key saying why a CONFLICT was refused, when the screen words it itself. */
  conflictKey?: string;
  /** The translation key of the label the screen shows for an input field of the API. */
  fieldLabel?: FieldLabel;
}

/**
 * Says why the API refused, in the user's language: the error code translated, then each refused field
 * by its label with its reason (data/errors.ts); without field problems, the API's own words only where the
 * English catalogue asks for them. An expired session signs the user out instead.
 */
export function useNotifyRefusal() {
  const notify = useNotify();
  const translate = useTranslate();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async (error: HttpError, wording: RefusalWording = {}) => {
      if (error.status === 401 && (await logoutIfAccessDenied(error))) return;
      const problems = describeProblems(refusalErrorsOf(error), translate, wording.fieldLabel);
      notify(problems ? 'onedoor.errors.refused' : 'onedoor.errors.refusedAsIs', {
        type: 'error',
        autoHideDuration: 10_000,
        messageArgs: { reason: translate(refusalKey(error, wording.conflictKey)), detail: problems || error.message },
      });
    },
    [notify, translate, logoutIfAccessDenied],
  );
}

/**
 * Runs a mutation of the gateway. On success it says so (a translation key) and refreshes every list
 * and record on screen (without waiting for the refresh); on failure it notifies the refusal and rethrows it, so a form can show its
 * field errors (`fieldErrorsOf`, data/errors.ts) next to the inputs.
 */
export function useGraphQLMutation<T, V extends Record<string, unknown> = Record<string, unknown>>(
  mutation: DocumentNode,
  options: { successMessage?: string; conflictMessage?: string; fieldLabel?: FieldLabel } = {},
) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  return useMutation<T, HttpError, V>({
    mutationFn: (variables) => dataProvider.graphql<T>(mutation, variables),
    onSuccess: () => {
      if (options.successMessage) notify(options.successMessage, { type: 'success' });
      // Not awaited: the caller (a dialog closing, a page moving on) goes first, the screen refreshes behind it.
      void queryClient.invalidateQueries();
    },
    onError: (error) => notifyRefusal(error, { conflictKey: options.conflictMessage, fieldLabel: options.fieldLabel }),
  });
}
