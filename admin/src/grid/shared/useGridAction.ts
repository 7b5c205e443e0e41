import type { DocumentNode } from '@apollo/client';
import type { HttpError } from 'react-admin';
import { useGraphQLMutation } from '../../data/hooks';

/** One of the grid's mutations, with its success message and, for rosters, its own wording of a conflict. */
export function useGridAction<T = unknown>(mutation: DocumentNode, options: { success: string; conflict?: string }) {
  return useGraphQLMutation<T>(mutation, { successMessage: options.success, conflictMessage: options.conflict });
}

/** Server field errors keyed for the form: `workHours.0` is shown at the `workHours` input. */
export function formErrors(error: unknown): Record<string, string> | undefined {
  const errors = ((error as HttpError | undefined)?.body as { errors?: Record<string, string> } | undefined)?.errors;
  if (!errors || Object.keys(errors).length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) out[field.replace(/\.\d+$/, '')] ??= message;
  return out;
}
