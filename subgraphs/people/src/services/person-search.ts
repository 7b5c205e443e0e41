import { createPersonSearchRepository } from '@onedoor/db/people';
import type { PeopleContext } from '../context';
import { personLookup } from './search-keys';

/** The most persons one search term matches: a term naming more (a common two-character prefix in a big county) is too broad. */
export const PERSON_MATCH_LIMIT = 2000;

/**
 * Ids of the persons a search term names, through their blind indexes (never by decrypting), with the
 * records merged with them: what the cases subgraph filters petitioners by.
 */
export function personIdsMatching({ ctx, search }: { ctx: PeopleContext; search: string }): Promise<string[]> {
  return createPersonSearchRepository(ctx.db).personIdsMatching(personLookup(ctx.cipher, search), PERSON_MATCH_LIMIT);
}
