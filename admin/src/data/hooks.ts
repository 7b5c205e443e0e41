import type { DocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { type HttpError, useDataProvider, useLogoutIfAccessDenied, useNotify, useTranslate } from 'react-admin';
import { refusalCodeOf } from './errors';
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

const CODES = ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT', 'NETWORK', 'UNKNOWN'];

/** The translation key saying why the API refused, by its error code (a screen may word CONFLICT itself). */
export function refusalKey(error: unknown, conflictKey?: string): string {
  const code = refusalCodeOf(error);
  if (code === 'CONFLICT' && conflictKey) return conflictKey;
  return `onedoor.errors.${CODES.includes(code) ? code : 'UNKNOWN'}`;
}

/** The API's messages name records by id; a screen shows names, so the ids are left out. */
export function withoutIds(text: string): string {
  return text.replace(/\s*\(?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)?/gi, '');
}

/**
 * Says why the API refused, in the user's language: the error code translated, the API's own text
 * without ids as the detail. An expired session signs the user out instead.
 */
export function useNotifyRefusal() {
  const notify = useNotify();
  const translate = useTranslate();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async (error: HttpError, conflictKey?: string) => {
      if (error.status === 401 && (await logoutIfAccessDenied(error))) return;
      notify('onedoor.errors.refused', {
        type: 'error',
        autoHideDuration: 10_000,
        messageArgs: { reason: translate(refusalKey(error, conflictKey)), detail: withoutIds(error.message) },
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
  options: { successMessage?: string; conflictMessage?: string } = {},
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
    onError: (error) => notifyRefusal(error, options.conflictMessage),
  });
}
