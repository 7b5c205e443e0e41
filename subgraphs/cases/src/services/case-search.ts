import type { CaseSearch } from '@onedoor/db/cases';
import { badInput, type BaseContext } from '@onedoor/subgraph-kit';
import { GraphQLError } from 'graphql';

/** The longest term the search box takes. */
const MAX_TERM = 100;

const PERSONS_NAMED = `query PersonsNamed($search: String!) { personIdsMatching(search: $search) }`;

/** A case number as people write it: `2026-000123`, `2026-123` or `2026000123`. */
function caseNumber(term: string): string | null {
  const m = /^(\d{4})-?(\d{1,6})$/.exec(term);
  return m ? `${m[1]}-${m[2]!.padStart(6, '0')}` : null;
}

/** A tracking code as read out or copied: any case, with spaces or hyphens between groups. */
function trackingCode(term: string): string | null {
  const code = term.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z0-9]{4,20}$/.test(code) ? code : null;
}

/**
 * The persons a term names (name, phone, national id), asked of the people subgraph as the caller in one
 * call: it owns persons and matches them through its blind indexes. A caller it does not let look persons
 * up (a partner agency) searches the case's own keys only.
 */
async function personsNamed(ctx: BaseContext, term: string): Promise<string[]> {
  try {
    const data = await ctx.peers.query<{ personIdsMatching: string[] }>('people', PERSONS_NAMED, { search: term });
    return data.personIdsMatching;
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions.code === 'FORBIDDEN') return [];
    throw err;
  }
}

/**
 * What the search box's term finds (`CaseFilter.search`): the petitioner by name, phone (full or its last
 * four digits) or national id; the tracking code; the case number; the 12345 work order number; or words
 * of the title (every word, in any order). Null for a blank term: no search.
 */
export async function readSearch({ ctx, term }: { ctx: BaseContext; term: string | null | undefined }) {
  const typed = term?.normalize('NFKC').trim() ?? '';
  if (!typed) return null;
  if (typed.length > MAX_TERM) throw badInput('filter.search', `filter.search: must be at most ${MAX_TERM} characters`);
  const search: CaseSearch = {
    petitionerIds: await personsNamed(ctx, typed),
    trackingCode: trackingCode(typed),
    number: caseNumber(typed),
    externalOrderNumber: typed,
    titleWords: typed.split(/\s+/),
  };
  return search;
}
