import {
  BooleanField,
  Datagrid,
  Labeled,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { DateTimeField, EnumField, MoneyField } from '../../format/fields';
import { formatFen } from '../../format/money';
import { SimpleTable } from '../../shared/SimpleTable';
import { FUND_FORMS } from './FundDialogs';
import { RecordToolbar } from '../../shared/RecordDialogs';
import { FundLedger } from './FundLedger';
import { FundReportPanel } from './FundReportPanel';
import { FULL_RECORD } from '../../shared/fullRecord';

/** A rule's amount, or 无 when the fund has no such rule. */
function RuleAmount({ source }: { source: 'perPersonYearlyCap' | 'secondApprovalAbove'; label?: string }) {
  const fund = useRecordContext<Record<string, string | null>>();
  const translate = useTranslate();
  const value = fund?.[source];
  return <Typography variant="body2">{value ? formatFen(value) : translate('onedoor.common.none')}</Typography>;
}

function FundTitle() {
  const fund = useRecordContext<{ name: string }>();
  return <span>{fund?.name ?? ''}</span>;
}

/** Money allocated per budget year (预算年度). */
function BudgetYears() {
  const fund = useRecordContext<{ budgetYears?: { year: number; allocated: string }[] }>();
  const translate = useTranslate();
  if (!fund?.budgetYears?.length) return <Typography>{translate('onedoor.common.empty')}</Typography>;
  return (
    <SimpleTable
      sx={{ maxWidth: 420 }}
      rows={fund.budgetYears}
      rowKey={(b) => b.year}
      columns={[
        { label: 'onedoor.funds.fields.budgetYear', value: (b) => b.year },
        { label: 'onedoor.funds.fields.allocated', value: (b) => formatFen(b.allocated), numeric: true },
      ]}
    />
  );
}

/** One fund: what it holds and its rules, its ledger, its payments and its report over a period. */
export function FundShow() {
  const translate = useTranslate();
  return (
    <Show queryOptions={FULL_RECORD} actions={<RecordToolbar forms={FUND_FORMS} />} title={<FundTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="onedoor.funds.tabs.summary">
          <TextField source="code" />
          <TextField source="name" />
          <EnumField source="kind" enumName="FundKind" />
          <MoneyField source="balance" />
          <TextField source="ownerOrganisation.name" emptyText="onedoor.common.none" />
          <RuleAmount source="perPersonYearlyCap" label="resources.funds.fields.perPersonYearlyCap" />
          <RuleAmount source="secondApprovalAbove" label="resources.funds.fields.secondApprovalAbove" />
          <BooleanField source="requiresVulnerability" />
          <EnumField source="eligibleCaseStatuses" enumName="CaseStatus" chip />
          <Labeled label="resources.funds.fields.budgetYears">
            <BudgetYears />
          </Labeled>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="onedoor.funds.tabs.ledger" path="ledger">
          <FundLedger />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="onedoor.funds.tabs.disbursements" path="disbursements">
          <ReferenceManyField
            reference="disbursements"
            target="fundId"
            perPage={25}
            pagination={<Pagination />}
            label={false}
          >
            <Datagrid
              bulkActionButtons={false}
              rowClick={false}
              empty={<Typography>{translate('onedoor.common.empty')}</Typography>}
            >
              <DateTimeField source="paidAt" label="resources.disbursements.fields.paidAt" />
              <TextField source="person.name" label="resources.disbursements.fields.person.name" />
              <TextField
                source="case.number"
                label="resources.disbursements.fields.case.number"
                emptyText="onedoor.common.none"
              />
              <MoneyField source="amount" label="resources.disbursements.fields.amount" />
              <EnumField source="status" enumName="DisbursementStatus" label="resources.disbursements.fields.status" />
              <TextField source="purpose" label="resources.disbursements.fields.purpose" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="onedoor.funds.tabs.report" path="report">
          <FundReportPanel />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
