import type { DocumentNode } from '@apollo/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type HttpError, useDataProvider, useNotify } from 'react-admin';
import type { OneDoorDataProvider } from '../data/provider';

/**
 * Like data/hooks' useCaseMutation, but the server's message is notified as text, not looked up as
 * a translation key (which would log every server message as a missing translation).
 */
export function useCaseMutation<T = Record<string, unknown>>(mutation: DocumentNode, options: { successMessage?: string } = {}) {
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
