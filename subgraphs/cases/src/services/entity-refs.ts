/**
 * Another subgraph's entity as this subgraph returns it: its typename and id. The owner resolves the rest
 * through `__resolveReference` (batched there), so a case never reads another domain's tables.
 */
export interface EntityRef {
  __typename: string;
  id: string;
}

/** The reference to an entity of another subgraph. */
export const entityRef = (__typename: string, id: string): EntityRef => ({ __typename, id });

/** The reference, or null when the case has no such entity yet (no mediator, not routed …). */
export const optionalRef = (__typename: string, id: string | null | undefined): EntityRef | null =>
  id ? entityRef(__typename, id) : null;
