import type { ReactElement } from 'react';
import type { Role } from '../../auth/roles';
import UploadIcon from '@mui/icons-material/Upload';
import InsightsIcon from '@mui/icons-material/Insights';
import { Button, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { EnumField, enumChoices } from '../../format/fields';
import { formatDate } from '../../format/time';
import { RecordList } from '../../shared/RecordList';
import { type CsvColumn } from '../../shared/ExportCsvButton';
import { KNOWN_SPECIALTIES } from '../enums';
import {
  CertificationExpiryField,
  type CertificationRow,
  ListField,
  MediatorStatusField,
  NamesField,
  SpecialtiesField,
} from '../fields';
import { GridUnitInput, OrganisationInput } from '../inputs';
import { POOL_ANALYSTS, POOL_MANAGERS } from '../roles';

function SpecialtyFilter(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  return (
    <SelectInput
      {...props}
      choices={KNOWN_SPECIALTIES.map((s) => ({ id: s, name: translate(`enums.Specialty.${s}`) }))}
      translateChoice={false}
    />
  );
}

const filters = [
  <SelectInput key="pool" source="pool" choices={enumChoices('Pool')} alwaysOn />,
  <SpecialtyFilter key="specialty" source="specialty" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('MediatorStatus')} alwaysOn />,
  <GridUnitInput key="gridUnitId" source="gridUnitId" />,
  <OrganisationInput key="organisationId" source="organisationId" />,
  <TextInput key="studio" source="studio" />,
  <TextInput key="language" source="language" />,
];

interface MediatorRow {
  id: string;
  pool: string;
  status: string;
  fullTime: boolean;
  specialties: string[];
  studio: string | null;
  languages: string[];
  joinedOn: string | null;
  person: { name: string };
  organisation: { name: string } | null;
  gridUnits: { name: string }[];
  certifications: CertificationRow[];
}

const csvColumns: CsvColumn<MediatorRow>[] = [
  { label: 'resources.mediators.fields.person.name', value: (r) => r.person.name },
  { label: 'resources.mediators.fields.pool', value: (r, t) => t(`enums.Pool.${r.pool}`) },
  { label: 'resources.mediators.fields.status', value: (r, t) => t(`enums.MediatorStatus.${r.status}`) },
  {
    label: 'resources.mediators.fields.fullTime',
    value: (r, t) => t(r.fullTime ? 'onedoor.common.yes' : 'onedoor.common.no'),
  },
  {
    label: 'resources.mediators.fields.specialties',
    value: (r, t) =>
      r.specialties
        .map((s) => ((KNOWN_SPECIALTIES as readonly string[]).includes(s) ? t(`enums.Specialty.${s}`) : s))
        .join('、'),
  },
  { label: 'resources.mediators.fields.gridUnits', value: (r) => r.gridUnits.map((g) => g.name).join('、') },
  { label: 'resources.mediators.fields.organisation.name', value: (r) => r.organisation?.name },
  { label: 'resources.mediators.fields.studio', value: (r) => r.studio },
  { label: 'resources.mediators.fields.languages', value: (r) => r.languages.join('、') },
  { label: 'resources.mediators.fields.joinedOn', value: (r) => formatDate(r.joinedOn) },
  {
    label: 'resources.mediators.fields.certifications',
    value: (r) => r.certifications.map((c) => (c.expiresOn ? `${c.name}@${c.expiresOn}` : c.name)).join('；'),
  },
];

/** Links to the pool's workflow screens, for the roles that use them. */
const LINKS: [readonly Role[], ReactElement][] = [
  [
    POOL_ANALYSTS,
    <Button key="pools" component={Link} to="/mediators/pools" label="onedoor.people.menu.pools">
      <InsightsIcon />
    </Button>,
  ],
  [
    POOL_MANAGERS,
    <Button key="import" component={Link} to="/mediators/import" label="onedoor.people.menu.import">
      <UploadIcon />
    </Button>,
  ],
];

/** Pool members (人才库) with the filters the API offers and a warning on certificates about to lapse. */
export function MediatorList() {
  return (
    <RecordList filters={filters} filterDefaultValues={{ pool: 'PEOPLES_MEDIATOR' }} columns={csvColumns} adds={LINKS}>
      <TextField source="person.name" sortable={false} />
      <EnumField source="pool" enumName="Pool" sortable={false} />
      <MediatorStatusField source="status" label="resources.mediators.fields.status" sortable={false} />
      <SpecialtiesField source="specialties" label="resources.mediators.fields.specialties" sortable={false} />
      <NamesField source="gridUnits" sortable={false} />
      <TextField source="organisation.name" sortable={false} emptyText="" />
      <ListField source="languages" sortable={false} />
      <CertificationExpiryField label="resources.mediators.fields.certExpiry" sortable={false} />
    </RecordList>
  );
}
