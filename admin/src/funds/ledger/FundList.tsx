import { SelectInput, TextField } from 'react-admin';
import { EnumField, enumChoices, MoneyField } from '../../format/fields';
import { formatFen } from '../../format/money';
import { FUND_DECIDERS } from '../roles';
import { RecordList } from '../../shared/RecordList';
import type { RoleButton } from '../../shared/RoleToolbar';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import { OpenFundDialog } from './FundDialogs';

interface FundRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  balance: string;
  perPersonYearlyCap: string | null;
  ownerOrganisation: { name: string } | null;
}

const filters = [<SelectInput key="kind" source="kind" choices={enumChoices('FundKind')} alwaysOn />];

const columns: CsvColumn<FundRow>[] = [
  { label: 'resources.funds.fields.code', value: (r) => r.code },
  { label: 'resources.funds.fields.name', value: (r) => r.name },
  { label: 'resources.funds.fields.kind', value: (r, t) => t(`enums.FundKind.${r.kind}`) },
  { label: 'resources.funds.fields.balance', value: (r) => formatFen(r.balance) },
  { label: 'resources.funds.fields.perPersonYearlyCap', value: (r) => formatFen(r.perPersonYearlyCap) },
  { label: 'resources.funds.fields.ownerOrganisation.name', value: (r) => r.ownerOrganisation?.name },
];

const ADDS: RoleButton[] = [[FUND_DECIDERS, <OpenFundDialog key="open" />]];

/** The county's funds with what each holds now. */
export function FundList() {
  return (
    <RecordList filters={filters} columns={columns} adds={ADDS} perPage={25}>
      <TextField source="code" sortable={false} />
      <TextField source="name" sortable={false} />
      <EnumField source="kind" enumName="FundKind" sortable={false} />
      <MoneyField source="balance" sortable={false} />
      <MoneyField source="perPersonYearlyCap" sortable={false} />
      <TextField source="ownerOrganisation.name" sortable={false} />
    </RecordList>
  );
}
