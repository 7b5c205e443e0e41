import type { DocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type HttpError, useDataProvider, useNotify } from 'react-admin';
import type { OneDoorDataProvider } from './provider';

/** Runs a query of the gateway for a workflow screen; refetches when the variables change. */
export function useGraphQLQuery<T>(query: DocumentNode, variables?: Record<string, unknown>, options: { enabled?: boolean } = {}) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  return useQuery<T, HttpError>({
    queryKey: ['graphql', print(query), variables ?? {}],
    queryFn: () => dataProvider.graphql<T>(query, variables),
    enabled: options.enabled ?? true,
  });
}

/**
 * Runs a mutation of the gateway. On success it refreshes every list and record on screen; on failure
 * it tells the user and rethrows the error (its `body.errors` holds the field errors for the form).
 */
export function useGraphQLMutation<T, V extends Record<string, unknown> = Record<string, unknown>>(mutation: DocumentNode, options: { successMessage?: string } = {}) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation<T, HttpError, V>({
    mutationFn: (variables) => dataProvider.graphql<T>(mutation, variables),
    onSuccess: async () => {
      if (options.successMessage) notify(options.successMessage, { type: 'success' });
      await queryClient.invalidateQueries();
    },
    onError: (error) => notify(error.message, { type: 'error', messageArgs: { _: error.message } }),
  });
}

/** The field errors of a failed mutation, for a react-admin `<Form onSubmit>` to return. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const errors = (error as HttpError | undefined)?.body?.errors as Record<string, string> | undefined;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
}
