/**
 * `queryOptions` for every Show and Edit screen: a page renders from a complete record of its own.
 * react-admin seeds its one-record cache with the rows of the list just shown (`getOne` keyed by id and
 * meta); those rows lack the fields a page reads (a case's place ancestors, an organisation's contacts),
 * and a page drawn from them crashes or shows holes until the real record arrives. A meta of its own
 * gives the page another cache key, so it waits for `getOne` instead (test/browser/crawl.browser.test.ts).
 */
export const FULL_RECORD = { meta: { fullRecord: true } } as const;
