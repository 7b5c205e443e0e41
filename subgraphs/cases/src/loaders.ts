import { createCasesRepository } from '@onedoor/db';
import { type BaseContext, byIdLoader, groupLoader } from '@onedoor/subgraph-kit';

/** Per-request loaders: a page of cases costs one statement for each kind of thing it shows. */
export function createLoaders({ db }: BaseContext) {
  const repo = createCasesRepository(db);
  return {
    caseById: byIdLoader((ids) => repo.findByIds(ids)),
    petitionersByCase: groupLoader((ids) => repo.petitionersOf(ids), (row) => row.caseId),
    categoryById: byIdLoader((ids) => repo.categoriesByIds(ids)),
    subcategories: groupLoader((ids) => repo.subcategoriesOf(ids), (row) => row.parentId ?? ''),
  };
}

export type CasesLoaders = ReturnType<typeof createLoaders>;
