import { parseInput, refusal, text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';

/** Codes are identifiers people type and other systems store: no spaces, no punctuation beyond `-_.`. */
export const code = () =>
  text(40).refine(
    (v) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v),
    refusal('CODE_FORMAT', "must be letters, digits, '-', '_' or '.'"),
  );

/** The name of a unit or an organisation. */
export const name = () => z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const optionalId = () => uuid().nullish();

/** A short name (简称), at most 30 characters; null or empty is none. */
export const shortName = () =>
  z
    .string()
    .trim()
    .max(30, 'must be at most 30 characters')
    .nullable()
    .transform((v) => v || null);

/** Other names (别称): at most 10 of at most 50 characters; blank ones and repeats dropped. */
export const aliases = () =>
  z
    .array(z.string().trim().max(50, 'must be at most 50 characters'))
    .max(10, 'at most 10 aliases')
    .transform((list) => [...new Set(list.filter((a) => a.length > 0))]);

/** The other names of a new unit or organisation, none when left out. */
export const otherNames = {
  shortName: shortName()
    .optional()
    .transform((v) => v ?? null),
  aliases: aliases()
    .nullish()
    .transform((v) => v ?? []),
};

/**
 * The filter of a list of units or organisations: its own fields, plus the parent and a search of name or
 * code that both lists take; left out, it filters nothing.
 */
export const listFilter = <T extends z.ZodRawShape>(fields: T) =>
  z
    .object({
      ...fields,
      parentId: optionalId(),
      search: z.string().trim().max(100, 'must be at most 100 characters').nullish(),
    })
    .nullish()
    .transform((f) => f ?? {});

/** The order of a list of units or organisations; by code when left out. */
const order = z
  .object({ field: z.enum(['CODE', 'NAME']), direction: z.enum(['ASC', 'DESC']) })
  .nullish()
  .transform((o) => o ?? { field: 'CODE' as const, direction: 'ASC' as const });

/** A list's arguments with its filter and order checked (a refusal names `filter.…` or `orderBy.…`). */
export const listArgs = <F extends z.ZodType, A extends { filter?: unknown; orderBy?: unknown }>(
  args: A,
  filter: F,
) => ({
  ...args,
  filter: parseInput(filter, args.filter, 'filter'),
  orderBy: parseInput(order, args.orderBy, 'orderBy'),
});
