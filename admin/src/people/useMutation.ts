import type { DocumentNode } from '@apollo/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type HttpError, useDataProvider, useNotify } from 'react-admin';
import type { OneDoorDataProvider } from '../data/provider';

/**
 * Like `usePeopleMutation` of data/hooks, but the server's own message is shown as text: notify()
 * translates its message, and the API's sentences are no translation keys (they would be recorded as
 * missing translations). Should move to shared code.
 */
export function usePeopleMutation<T = unknown>(mutation: DocumentNode, options: { successMessage?: string } = {}) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation<T, HttpError, Record<string, unknown>>({
    mutationFn: (variables) => dataProvider.graphql<T>(mutation, variables),
    onSuccess: async () => {
      if (options.successMessage) notify(options.successMessage, { type: 'success' });
      await queryClient.invalidateQueries();
    },
    onError: (error) => notify(error.message, { type: 'error', messageArgs: { _: error.message } }),
  });
}
