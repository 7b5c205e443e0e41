import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { readSession } from '../auth/session';

/** The gateway, on the same origin that serves the back office. */
export const GRAPHQL_URL = '/graphql';

const withToken = new ApolloLink((operation, forward) => {
  const session = readSession();
  if (session)
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${session.token}` },
    }));
  return forward(operation);
});

/** One Apollo client for the data provider and the workflow screens; nothing is cached between calls. */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([withToken, new HttpLink({ uri: GRAPHQL_URL })]),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    watchQuery: { fetchPolicy: 'no-cache' },
    mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
  },
});
