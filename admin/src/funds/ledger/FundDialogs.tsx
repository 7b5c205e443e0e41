import {
  BooleanInput,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
} from 'react-admin';
import AddIcon from '@mui/icons-material/Add';
import SavingsIcon from '@mui/icons-material/Savings';
import SwapIcon from '@mui/icons-material/SwapHoriz';
import RuleIcon from '@mui/icons-material/Rule';
import { enumChoices } from '../../format/fields';
import { fenToYuan } from '../../format/money';
import { todayInShanghai } from '../../format/time';
import { fenOf, FundPicker, YuanInput } from '../inputs';
import { ALLOCATE_TO_FUND, OPEN_FUND, SET_FUND_RULES, TRANSFER_BETWEEN_FUNDS } from '../operations';
import { useHasRole } from '../../auth/roles';
import { FUND_DECIDERS } from '../roles';
import { MutationDialog } from '../../shared/MutationDialog';
import { NoteInput } from '../../shared/NoteInput';
import { OrganisationPicker } from '../../shared/OrganisationPicker';

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
export function OpenFundDialog() {
  return (
    <MutationDialog
      label="onedoor.funds.actions.openFund"
      icon={<AddIcon />}
      mutation={OPEN_FUND}
      successMessage="onedoor.funds.done.opened"
      toInput={(v) => ({
        code: v.code,
        name: v.name,
        kind: v.kind,
        ownerOrganisationId: v.ownerOrganisationId ?? null,
        rules: rulesInput(v),
      })}
    >
      <TextInput source="code" label="onedoor.funds.fields.code" validate={required()} fullWidth />
      <TextInput source="name" label="onedoor.funds.fields.name" validate={required()} fullWidth />
      <SelectInput
        source="kind"
        label="onedoor.funds.fields.kind"
        choices={enumChoices('FundKind')}
        validate={required()}
        fullWidth
      />
      <OrganisationPicker
        source="ownerOrganisationId"
        reference="fundOrganisationPicks"
        label="onedoor.funds.fields.owner"
        sortBy={null}
      />
      <RulesInputs />
    </MutationDialog>
  );
}

/**
 * The fund page's money and rules dialogs (FUND_APPROVER, ADMIN): allocateToFund (from the budget into this
 * fund), transferBetweenFunds (from this fund to another) and setFundRules (replaces its eligibility and
 * approval rules).
 */
export function FundActions() {
  const fund = useRecordContext<FundRecord>();
  const decides = useHasRole(...FUND_DECIDERS);
  if (!fund || !decides) return <TopToolbar />;
  return (
    <TopToolbar>
      <MutationDialog
        label="onedoor.funds.actions.allocate"
        icon={<SavingsIcon />}
        mutation={ALLOCATE_TO_FUND}
        successMessage="onedoor.funds.done.allocated"
        defaultValues={{ budgetYear: Number(todayInShanghai().slice(0, 4)) }}
        toInput={(v) => ({ fundId: fund.id, amount: fenOf(v.amount), note: v.note, budgetYear: v.budgetYear ?? null })}
      >
        <YuanInput source="amount" label="onedoor.funds.fields.amount" />
        <NoteInput source="note" label="onedoor.funds.fields.note" />
        <NumberInput source="budgetYear" label="onedoor.funds.fields.budgetYear" fullWidth />
      </MutationDialog>
      <MutationDialog
        label="onedoor.funds.actions.transfer"
        icon={<SwapIcon />}
        mutation={TRANSFER_BETWEEN_FUNDS}
        successMessage="onedoor.funds.done.transferred"
        toInput={(v) => ({ fromFundId: fund.id, toFundId: v.toFundId, amount: fenOf(v.amount), memo: v.memo })}
      >
        <FundPicker source="toFundId" label="onedoor.funds.fields.toFund" />
        <YuanInput source="amount" label="onedoor.funds.fields.amount" />
        <NoteInput source="memo" label="onedoor.funds.fields.memo" />
      </MutationDialog>
      <MutationDialog
        label="onedoor.funds.actions.setRules"
        icon={<RuleIcon />}
        mutation={SET_FUND_RULES}
        successMessage="onedoor.funds.done.rulesSet"
        defaultValues={currentRules(fund)}
        toInput={(v) => ({ fundId: fund.id, rules: rulesInput(v) })}
      >
        <RulesInputs />
      </MutationDialog>
    </TopToolbar>
  );
}
