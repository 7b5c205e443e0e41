import { BooleanInput, NumberInput, SelectArrayInput, TextInput, required } from 'react-admin';
import AddIcon from '@mui/icons-material/Add';
import SavingsIcon from '@mui/icons-material/Savings';
import SwapIcon from '@mui/icons-material/SwapHoriz';
import RuleIcon from '@mui/icons-material/Rule';
import { enumChoices } from '../../format/fields';
import { fenToYuan } from '../../format/money';
import { todayInShanghai } from '../../format/time';
import { fenOf, FundPicker, YuanInput } from '../inputs';
import { ALLOCATE_TO_FUND, OPEN_FUND, SET_FUND_RULES, TRANSFER_BETWEEN_FUNDS } from '../operations';
import { FUND_DECIDERS } from '../roles';
import { MutationDialog, type MutationDialogProps } from '../../shared/MutationDialog';
import { NoteInput } from '../../shared/NoteInput';
import { OrganisationPicker } from '../../shared/OrganisationPicker';
import type { RecordForm } from '../../shared/RecordDialogs';
import { EnumInput } from '../../shared/EnumInput';

interface FundRecord {
  id: string;
  name: string;
  perPersonYearlyCap: string | null;
  secondApprovalAbove: string | null;
  requiresVulnerability: boolean;
  eligibleCaseStatuses: string[] | null;
}

/** The rules inputs, named like FundRulesInput under `rules.` so server errors land on them. */
function RulesInputs() {
  return (
    <>
      <YuanInput source="rules.perPersonYearlyCap" label="onedoor.funds.fields.perPersonYearlyCap" optional />
      <YuanInput source="rules.secondApprovalAbove" label="onedoor.funds.fields.secondApprovalAbove" optional />
      <BooleanInput source="rules.requiresVulnerability" label="onedoor.funds.fields.requiresVulnerability" />
      <SelectArrayInput
        source="rules.eligibleCaseStatuses"
        label="onedoor.funds.fields.eligibleCaseStatuses"
        choices={enumChoices('CaseStatus')}
        fullWidth
      />
    </>
  );
}

function rulesInput(values: Record<string, unknown>) {
  const rules = (values.rules ?? {}) as Record<string, unknown>;
  const statuses = rules.eligibleCaseStatuses as string[] | undefined;
  return {
    perPersonYearlyCap: fenOf(rules.perPersonYearlyCap),
    secondApprovalAbove: fenOf(rules.secondApprovalAbove),
    requiresVulnerability: rules.requiresVulnerability === true,
    eligibleCaseStatuses: statuses?.length ? statuses : null,
  };
}

/** The fund's rules as the rules inputs hold them. */
const currentRules = (fund: FundRecord) => ({
  rules: {
    perPersonYearlyCap: fund.perPersonYearlyCap ? fenToYuan(fund.perPersonYearlyCap) : '',
    secondApprovalAbove: fund.secondApprovalAbove ? fenToYuan(fund.secondApprovalAbove) : '',
    requiresVulnerability: fund.requiresVulnerability,
    eligibleCaseStatuses: fund.eligibleCaseStatuses ?? [],
  },
});

/** openFund (FUND_APPROVER, ADMIN): a new fund at a zero balance. */
const OPEN_FUND_DIALOG: MutationDialogProps = {
  label: 'onedoor.funds.actions.openFund',
  icon: <AddIcon />,
  mutation: OPEN_FUND,
  successMessage: 'onedoor.funds.done.opened',
  nullWhenEmpty: ['ownerOrganisationId'],
  toInput: (v) => ({ ...v, rules: rulesInput(v) }),
  children: (
    <>
      <TextInput source="code" label="onedoor.funds.fields.code" validate={required()} fullWidth />
      <TextInput source="name" label="onedoor.funds.fields.name" validate={required()} fullWidth />
      <EnumInput source="kind" enumName="FundKind" label="onedoor.funds.fields.kind" fullWidth isRequired />
      <OrganisationPicker
        source="ownerOrganisationId"
        reference="fundOrganisationPicks"
        label="onedoor.funds.fields.owner"
        sortBy={null}
      />
      <RulesInputs />
    </>
  ),
};
export const OpenFundDialog = () => <MutationDialog {...OPEN_FUND_DIALOG} />;

/** The fund page's money and rules dialogs (FUND_APPROVER, ADMIN). */
export const FUND_FORMS: RecordForm<FundRecord>[] = [
  {
    // allocateToFund: money from the budget into this fund.
    roles: FUND_DECIDERS,
    label: 'onedoor.funds.actions.allocate',
    icon: <SavingsIcon />,
    mutation: ALLOCATE_TO_FUND,
    successMessage: 'onedoor.funds.done.allocated',
    defaults: () => ({ budgetYear: Number(todayInShanghai().slice(0, 4)) }),
    nullWhenEmpty: ['budgetYear'],
    toInput: (v, fund) => ({ ...v, fundId: fund.id, amount: fenOf(v.amount) }),
    inputs: (
      <>
        <YuanInput source="amount" label="onedoor.funds.fields.amount" />
        <NoteInput source="note" label="onedoor.funds.fields.note" />
        <NumberInput source="budgetYear" label="onedoor.funds.fields.budgetYear" fullWidth />
      </>
    ),
  },
  {
    // transferBetweenFunds: money from this fund to another.
    roles: FUND_DECIDERS,
    label: 'onedoor.funds.actions.transfer',
    icon: <SwapIcon />,
    mutation: TRANSFER_BETWEEN_FUNDS,
    successMessage: 'onedoor.funds.done.transferred',
    toInput: (v, fund) => ({ ...v, fromFundId: fund.id, amount: fenOf(v.amount) }),
    inputs: (
      <>
        <FundPicker source="toFundId" label="onedoor.funds.fields.toFund" />
        <YuanInput source="amount" label="onedoor.funds.fields.amount" />
        <NoteInput source="memo" label="onedoor.funds.fields.memo" />
      </>
    ),
  },
  {
    // setFundRules: replaces the fund's eligibility and approval rules.
    roles: FUND_DECIDERS,
    label: 'onedoor.funds.actions.setRules',
    icon: <RuleIcon />,
    mutation: SET_FUND_RULES,
    successMessage: 'onedoor.funds.done.rulesSet',
    defaults: currentRules,
    toInput: (v, fund) => ({ fundId: fund.id, rules: rulesInput(v) }),
    inputs: <RulesInputs />,
  },
];
