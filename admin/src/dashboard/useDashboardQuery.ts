import type { DocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type HttpError, useDataProvider } from 'react-admin';
import type { OneDoorDataProvider } from '../data/provider';

/**
 * A dashboard query. Unlike the shared `useGraphQLQuery` it keeps figures for a minute (coming back
 * from the cases list or switching the language does not recount everything; the app bar's refresh
 * still does) and keeps the previous figures on screen, marked as placeholders, while a new period loads.
 */
export function useDashboardQuery<T>(
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  enabled: boolean,
) {
  const dataProvider = useDataProvider<OneDoorDataProvider>();
  return useQuery<T, HttpError>({
    queryKey: ['dashboard', print(query), variables ?? {}],
    queryFn: () => dataProvider.graphql<T>(query, variables),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
