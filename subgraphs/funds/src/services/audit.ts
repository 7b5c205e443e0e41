import { auditTrail } from '@onedoor/subgraph-kit';

/** A funds mutation's writes and its audit event, in one transaction. */
export const auditedTransaction = auditTrail('funds');
