/** The records the funds screens read (see queries.ts for what is selected). */
export interface AccountRef {
  id: string;
  username: string;
  person: { id: string; name: string } | null;
}

export interface ApplicationRecord {
  id: string;
  status: string;
  amount: string;
  reason: string;
  vulnerability: string | null;
  proposedAt: string;
  fund: { id: string; name: string; balance: string };
  person: { id: string; name: string };
  case: { id: string; number: string; title: string } | null;
  township: { id: string; name: string } | null;
  proposedBy: AccountRef | null;
  firstApprovedBy: AccountRef | null;
  firstApprovedAt?: string | null;
  secondApprovedBy?: AccountRef | null;
  secondApprovedAt?: string | null;
  rejectedBy?: AccountRef | null;
  rejectedAt?: string | null;
  rejectionReason?: string | null;
  disbursement: {
    id: string;
    amount?: string;
    paidAt?: string;
    status?: string;
    reversedAt?: string | null;
    reversalReason?: string | null;
  } | null;
  followUps?: { id: string; note: string; recordedAt: string; recordedBy: AccountRef | null }[];
  evidence?: { fileName: string; description: string | null; sizeBytes: number }[];
}
