import type { DocumentNode } from '@apollo/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type HttpError, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { OneDoorDataProvider } from '../../data/provider';

const CODES = ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT', 'NETWORK', 'UNKNOWN'];

/** The translation key saying why the API refused, by its error code. */
export function refusalKey(error: HttpError, conflictKey?: string): string {
  const code = String((error.body as { code?: unknown } | undefined)?.code ?? 'UNKNOWN');
  if (code === 'CONFLICT' && conflictKey) return conflictKey;
  return `onedoor.errors.${CODES.includes(code) ? code : 'UNKNOWN'}`;
}

/**
 * Runs one of the grid's mutations: on success it says so (a translation key) and refreshes what is on
 * screen; on failure it says why in the user's language — the API's code translated, the API's own text
 * (which names the shifts or fields) as the detail — and rethrows so a form can show its field errors.
 */
export function useGridAction<T = unknown>(mutation: DocumentNode, options: { success: string; conflict?: string }) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const translate = useTranslate();
  return useMutation<T, HttpError, Record<string, unknown>>({
    mutationFn: (variables) => dataProvider.graphql<T>(mutation, variables),
    onSuccess: async () => {
      notify(options.success, { type: 'success' });
      await queryClient.invalidateQueries();
    },
    onError: (error) => {
      notify('onedoor.grid.failed', {
        type: 'error', autoHideDuration: 10_000, messageArgs: { reason: translate(refusalKey(error, options.conflict)), detail: withoutIds(error.message) },
      });
    },
  });
}

/** The API's messages name records by id; a screen shows names, so the ids are left out. */
export function withoutIds(text: string): string {
  return text.replace(/\s*\(?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)?/gi, '');
}

/** Server field errors keyed for the form: `workHours.0` is shown at the `workHours` input. */
export function formErrors(error: unknown): Record<string, string> | undefined {
  const errors = (error as HttpError | undefined)?.body?.errors as Record<string, string> | undefined;
  if (!errors || Object.keys(errors).length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) out[field.replace(/\.\d+$/, '')] ??= message;
  return out;
}
