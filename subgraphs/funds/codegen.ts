import { subgraphCodegen } from '../kit/codegen/subgraph';

const row = (name: string) => `@onedoor/db/funds#${name}`;
const connection = (name: string) => `../parents#${name}ConnectionParent`;

/** The funds subgraph's resolver types (see codegen.ts at the root): each object type's parent is its row. */
export const fundsCodegen = subgraphCodegen('funds', 'FundsContext', {
  Fund: row('FundRow'),
  Disbursement: row('DisbursementRow'),
  JournalEntry: row('JournalEntryRow'),
  LedgerLine: row('LedgerLineRow'),
  ReliefApplication: row('ReliefApplicationRow'),
  ReliefFollowUp: row('ReliefFollowUpRow'),
  LegalAidMatter: row('LegalAidMatterRow'),
  Attachment: row('FundAttachmentRow'),
  UploadTicket: '@onedoor/subgraph-kit#SignedUploadTicket',
  ReliefTotal: '../services/reports#GroupTotal',
  FundConnection: connection('Fund'),
  DisbursementConnection: connection('Disbursement'),
  JournalEntryConnection: connection('JournalEntry'),
  ReliefApplicationConnection: connection('ReliefApplication'),
  LegalAidMatterConnection: connection('LegalAidMatter'),
});
