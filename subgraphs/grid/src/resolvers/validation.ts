import { text, uuid } from '@onedoor/subgraph-kit';
import { z } from 'zod';

/** Codes are identifiers people type and other systems store: no spaces, no punctuation beyond `-_.`. */
export const code = () => text(40).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, '-', '_' or '.'");

export const searchText = () => z.string().trim().max(100, 'must be at most 100 characters').nullish();

export const order = z
  .object({ field: z.enum(['CODE', 'NAME']), direction: z.enum(['ASC', 'DESC']) })
  .nullish()
  .transform((o) => o ?? { field: 'CODE' as const, direction: 'ASC' as const });

export const optionalId = () => uuid().nullish();
