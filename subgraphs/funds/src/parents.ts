import type {
  DisbursementRow,
  FundRow,
  JournalEntryRow,
  LegalAidMatterRow,
  ReliefApplicationRow,
} from '@onedoor/db/funds';
import type { Connection } from '@onedoor/subgraph-kit';

// The parents of the list types, for codegen's mappers (codegen.ts): the kit's connection over the rows,
// whose totalCount is a thunk so the count runs only when a client asks for it.
export type FundConnectionParent = Connection<FundRow>;
export type DisbursementConnectionParent = Connection<DisbursementRow>;
export type JournalEntryConnectionParent = Connection<JournalEntryRow>;
export type ReliefApplicationConnectionParent = Connection<ReliefApplicationRow>;
export type LegalAidMatterConnectionParent = Connection<LegalAidMatterRow>;
