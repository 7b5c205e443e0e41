import type { DocumentNode } from '@apollo/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type HttpError, useDataProvider, useNotify } from 'react-admin';
import type { OneDoorDataProvider } from '../data/provider';

/**
 * Like the shared useGraphQLMutation, but the server's own message is notified with itself as the
 * default text: the API words its refusals in English and they are not translation keys, so they must
 * not count as missing translations. Field errors stay in `body.errors` for the form.
 */
export function useFundsMutation<T = unknown>(mutation: DocumentNode, successMessage: string) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation<T, HttpError, Record<string, unknown>>({
    mutationFn: (variables) => dataProvider.graphql<T>(mutation, variables),
    onSuccess: async () => {
      notify(successMessage, { type: 'success' });
      await queryClient.invalidateQueries();
    },
    onError: (error) => {
      const code = (error.body as { code?: string } | undefined)?.code ?? 'UNKNOWN';
      notify('onedoor.funds.errors.refused', { type: 'error', messageArgs: { code, message: error.message } });
    },
  });
}
