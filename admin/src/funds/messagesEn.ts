import type { Messages } from '../module';

export const fundsEn: Messages = {
  resources: {
    funds: {
      name: 'Fund |||| Funds',
      fields: {
        code: 'Code', name: 'Name', kind: 'Kind', balance: 'Balance', perPersonYearlyCap: 'Yearly cap per person', secondApprovalAbove: 'Second approval above',
        requiresVulnerability: 'Vulnerable groups only', eligibleCaseStatuses: 'Eligible case statuses', 'ownerOrganisation.name': 'Managed by', budgetYears: 'Allocations by budget year',
      },
    },
    reliefApplications: {
      name: 'Relief application |||| Relief applications',
      fields: {
        status: 'Status', amount: 'Amount', reason: 'Reason', vulnerability: 'Vulnerable group', proposedAt: 'Proposed', 'fund.name': 'Fund',
        'person.name': 'Beneficiary', 'case.number': 'Case number', 'township.name': 'Township', 'proposedBy.person.name': 'Officer',
        fundId: 'Fund', personId: 'Beneficiary', caseId: 'Case', evidence: 'Hardship evidence', history: 'History',
      },
    },
    disbursements: {
      name: 'Payment |||| Payments',
      fields: {
        paidAt: 'Paid', 'person.name': 'Recipient', 'fund.name': 'Fund', 'case.number': 'Case number', amount: 'Amount', status: 'Status', purpose: 'Purpose',
        reversalReason: 'Reversal reason', fundId: 'Fund', personId: 'Recipient', caseId: 'Case',
      },
    },
    journalEntries: {
      name: 'Journal entry |||| Journal entries',
      fields: { occurredAt: 'Booked', kind: 'Kind', memo: 'Memo', fundIn: 'Into this fund', fundOut: 'Out of this fund', balanceAfter: 'Balance', lines: 'Lines (debit/credit)' },
    },
    legalAidMatters: {
      name: 'Legal aid matter |||| Legal aid',
      fields: {
        openedAt: 'Accepted', kind: 'Kind', 'person.name': 'Person helped', 'case.number': 'Case number', 'lawyer.person.name': 'Lawyer', status: 'Status',
        documentsDrafted: 'Documents drafted', recovered: 'Money recovered', summary: 'Summary',
      },
    },
  },
  enums: {
    FundKind: {
      PETITION_RELIEF: 'Petition relief', JUDICIAL_RELIEF: 'Judicial relief', LAW_RELATED_RELIEF: 'Law-related relief', TRAFFIC_ACCIDENT_RELIEF: 'Traffic accident relief',
      MEDICAL_RELIEF: 'Medical relief', EXTREME_HARDSHIP_RELIEF: 'Extreme-hardship relief', WORK_FUND: 'Work fund',
    },
    ReliefApplicationStatus: { PROPOSED: 'Awaiting approval', AWAITING_SECOND_APPROVAL: 'Awaiting second approval', APPROVED: 'Approved', REJECTED: 'Rejected', PAID: 'Paid', REVERSED: 'Reversed' },
    DisbursementStatus: { PAID: 'Paid', REVERSED: 'Reversed' },
    EntryKind: { ALLOCATION: 'Allocation', DISBURSEMENT: 'Payment', REVERSAL: 'Reversal', TRANSFER: 'Transfer' },
    ExternalAccount: { BUDGET: 'Budget', PAYEES: 'Payees' },
    Vulnerability: { ELDERLY: 'Elderly', DISABLED: 'Disabled', MINOR: 'Minor', WOMAN_IN_HARDSHIP: 'Woman in hardship', MIGRANT: 'Migrant', EXTREME_HARDSHIP: 'Extreme hardship' },
    LegalAidKind: { CONSULTATION: 'Consultation', DOCUMENT_DRAFTING: 'Document drafting', REPRESENTATION: 'Representation' },
    LegalAidStatus: { ACCEPTED: 'Accepted', ASSIGNED: 'Lawyer assigned', CONCLUDED: 'Concluded' },
  },
  onedoor: {
    funds: {
      menu: { approvals: 'Relief approvals', reports: 'Relief reports' },
      tabs: { summary: 'Summary', ledger: 'Ledger', disbursements: 'Payments', report: 'Report' },
      titles: { application: 'Relief application: %{name}' },
      fields: {
        actions: 'Actions', allocated: 'Allocated', amount: 'Amount (yuan)', amountYuan: 'Amount asked (yuan)', budgetYear: 'Budget year', case: 'Case (find by number)',
        code: 'Code', conclude: 'Conclude', documentsDrafted: 'Documents drafted (total)', eligibleCaseStatuses: 'Eligible case statuses', followUpNote: 'Follow-up note',
        fund: 'Fund', kind: 'Kind', lawyer: 'Lawyer', legalAidKind: 'Kind of aid', memo: 'Why', name: 'Name', note: 'Note', owner: 'Managed by',
        perPersonYearlyCap: 'Yearly cap per person (yuan)', person: 'Beneficiary (find by name)', reason: 'Reason', recovered: 'Money recovered (yuan, total)',
        rejectionReason: 'Reason for rejection', requiresVulnerability: 'Vulnerable groups only', reversalReason: 'Reversal reason', secondApprovalAbove: 'Second approval above (yuan)',
        summary: 'Summary', toFund: 'To fund', township: 'Township', vulnerability: 'Vulnerable group',
      },
      actions: {
        openFund: 'Open fund', allocate: 'Allocate', transfer: 'Transfer', setRules: 'Rules', propose: 'Propose relief', approve: 'Approve', reject: 'Reject',
        pay: 'Pay', followUp: 'Record follow-up', reverse: 'Reverse', confirmReverse: 'Reverse payment', openLegalAid: 'Accept legal aid', recordProgress: 'Record progress',
      },
      done: {
        opened: 'Fund opened', allocated: 'Allocation booked', transferred: 'Transfer booked', rulesSet: 'Rules updated', approved: 'Approved', rejected: 'Rejected',
        paid: 'Relief paid', followUpRecorded: 'Follow-up recorded', reversed: 'Payment reversed', legalAidOpened: 'Legal aid accepted', progressRecorded: 'Progress recorded',
      },
      errors: { refused: 'Not done: %{message}' },
      validation: { yuan: 'Enter an amount in yuan, more than zero, with at most two decimals' },
      help: { yuan: 'In yuan, at most two decimals' },
      ledger: { debit: 'Dr', credit: 'Cr', newest: 'Newest %{shown} of %{total} entries' },
      pay: {
        title: 'Confirm the payment', beneficiary: 'Recipient', amount: 'Amount', fund: 'From fund', case: 'Case', balance: 'Fund balance now',
        once: 'An application is paid once only: confirming books the payment out of the fund, it cannot be paid again, and a mistake can only be reversed by an approver.',
        confirm: 'Pay now',
      },
      reverse: { warning: 'This reverses the %{amount} paid to %{name} from %{fund}: the money goes back into the fund. It cannot be undone.' },
      queue: { title: 'Relief approvals', empty: 'No application is waiting for approval' },
      history: {
        proposed: '%{name} proposed %{amount}', approved: 'Approved by %{name}', secondApproved: 'Second approval by %{name}', rejected: 'Rejected by %{name}',
        paid: 'Paid %{amount}', reversed: 'Payment reversed', followUp: 'Follow-up by %{name}',
      },
      report: {
        badPeriod: 'Choose a valid period', openingBalance: 'Opening balance', allocations: 'Allocations', disbursements: 'Payments', reversals: 'Reversals',
        transfersIn: 'Transfers in', transfersOut: 'Transfers out', closingBalance: 'Closing balance',
      },
      reports: {
        payments: 'Payments', paid: 'Paid', reversed: 'Reversed', net: 'Net', netByKind: 'Net relief by kind (yuan)', byKind: 'By kind of fund', byTownship: 'By township',
        byVulnerability: 'By vulnerable group', unassigned: 'Not recorded', legalAid: 'Legal aid',
        legalAidLine: '%{matters} matters (%{consultations} consultations, %{documentDrafting} drafting, %{representations} representations), %{documentsDrafted} documents, %{recipients} people helped, %{recovered} recovered',
      },
    },
  },
};
