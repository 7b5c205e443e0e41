import type { DocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type HttpError, useDataProvider, useLogoutIfAccessDenied, useNotify } from 'react-admin';
import type { OneDoorDataProvider } from './provider';

/** Runs a query of the gateway for a workflow screen; refetches when the variables change. */
export function useGraphQLQuery<T>(query: DocumentNode, variables?: Record<string, unknown>, options: { enabled?: boolean } = {}) {
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

/**
 * Runs a mutation of the gateway. On success it refreshes every list and record on screen; on failure
 * it tells the user and rethrows the error (its `body.errors` holds the field errors for the form).
 */
export function useGraphQLMutation<T, V extends Record<string, unknown> = Record<string, unknown>>(mutation: DocumentNode, options: { successMessage?: string } = {}) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useMutation<T, HttpError, V>({
    mutationFn: (variables) => dataProvider.graphql<T>(mutation, variables),
    onSuccess: async () => {
      if (options.successMessage) notify(options.successMessage, { type: 'success' });
      await queryClient.invalidateQueries();
    },
    onError: async (error) => {
      if (error.status === 401 && (await logoutIfAccessDenied(error))) return;
      notify(error.message, { type: 'error', messageArgs: { _: error.message } });
    },
  });
}

/** The field errors of a failed mutation, for a react-admin `<Form onSubmit>` to return. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const errors = (error as HttpError | undefined)?.body?.errors as Record<string, string> | undefined;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
}
