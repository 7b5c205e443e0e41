import { auditTrail } from '@onedoor/subgraph-kit';

/** A people mutation's writes and its audit event, in one transaction. */
export const auditedTransaction = auditTrail('people');
