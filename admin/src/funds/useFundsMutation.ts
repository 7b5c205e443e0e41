import type { DocumentNode } from '@apollo/client';
import { useGraphQLMutation } from '../data/hooks';

/** One of the funds' mutations with the message that says it is done. */
export function useFundsMutation<T = unknown>(mutation: DocumentNode, successMessage: string) {
  return useGraphQLMutation<T>(mutation, { successMessage });
}
