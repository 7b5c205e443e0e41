/** A reference to another subgraph's entity by id (`{ __typename, id }`), which the gateway resolves; null without an id. */
export function stub<const T extends string>(__typename: T, id: string): { __typename: T; id: string };
export function stub<const T extends string>(__typename: T, id: string | null): { __typename: T; id: string } | null;
export function stub<const T extends string>(__typename: T, id: string | null) {
  return id ? { __typename, id } : null;
}
