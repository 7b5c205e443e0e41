import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { ArrayField, Datagrid, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, EnumField } from '../format/fields';
import { formatDate, todayInShanghai } from '../format/time';
import { KNOWN_SPECIALTIES } from './enums';

type Rec = Record<string, unknown>;

/** A specialty in words: the county's known ones translated, any other shown as written. */
export function useSpecialtyLabel() {
  const translate = useTranslate();
  return (s: string) => ((KNOWN_SPECIALTIES as readonly string[]).includes(s) ? translate(`enums.Specialty.${s}`) : s);
}

export function SpecialtiesField({ source = 'specialties' }: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Rec>();
  const label = useSpecialtyLabel();
  const values = (record?.[source] as string[] | undefined) ?? [];
  return (
    <>
      {values.map((s) => (
        <Chip key={s} label={label(s)} size="small" variant="outlined" sx={{ mr: 0.5 }} />
      ))}
    </>
  );
}

const STATUS_COLOURS: Record<string, 'success' | 'warning' | 'default'> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  RETIRED: 'default',
};

/** A member's status as a coloured chip. */
export function MediatorStatusField({ source = 'status' }: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Rec>();
  const translate = useTranslate();
  const status = record?.[source] as string | undefined;
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={STATUS_COLOURS[status] ?? 'default'}
      label={translate(`enums.MediatorStatus.${status}`)}
    />
  );
}

export interface CertificationRow {
  id: string;
  name: string;
  expiresOn: string | null;
  expired: boolean;
}

/** The number of days from today (Beijing) to a calendar day; negative when it is past. */
export function daysUntil(day: string, today = todayInShanghai()): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** How urgent a certificate's expiry is: expired (red), within 60 days (orange), or fine. */
export function expiryLevel(cert: CertificationRow, today = todayInShanghai()): 'expired' | 'soon' | 'ok' {
  if (cert.expired) return 'expired';
  if (cert.expiresOn && daysUntil(cert.expiresOn, today) <= 60) return 'soon';
  return 'ok';
}

/** The certificate that expires first (the API lists them soonest first), warned about when expired or due within 60 days. */
export function CertificationExpiryField(_: { label?: string; sortable?: boolean }) {
  const record = useRecordContext<{ certifications?: CertificationRow[] }>();
  const translate = useTranslate();
  const certs = record?.certifications ?? [];
  const first = certs.find((c) => c.expiresOn) ?? certs[0];
  if (!first) return <span>{translate('onedoor.people.cert.none')}</span>;
  if (!first.expiresOn) return <span>{translate('onedoor.people.cert.noExpiry')}</span>;
  const level = expiryLevel(first);
  const date = formatDate(first.expiresOn);
  if (level === 'ok') return <span>{date}</span>;
  const days = daysUntil(first.expiresOn);
  const text =
    level === 'expired'
      ? translate('onedoor.people.cert.expired', { date })
      : translate('onedoor.people.cert.soon', { date, days });
  return (
    <Tooltip title={first.name}>
      <Chip
        size="small"
        label={text}
        data-expiry={level}
        sx={{ bgcolor: level === 'expired' ? 'error.main' : 'warning.main', color: 'common.white' }}
      />
    </Tooltip>
  );
}

/** ISO weekdays (1 = Monday) in words. */
export function WeekdaysField({ source = 'weekdays' }: { source?: string; label?: string }) {
  const record = useRecordContext<Rec>();
  const translate = useTranslate();
  const days = (record?.[source] as number[] | undefined) ?? [];
  if (days.length === 0) return <span>{translate('onedoor.common.none')}</span>;
  return (
    <Stack direction="row" spacing={0.5}>
      {days.map((d) => (
        <Chip key={d} size="small" label={translate(`enums.Weekday.${d}`)} />
      ))}
    </Stack>
  );
}

/** Names of nested records (`gridUnits { name }`), never their ids. */
export function NamesField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Rec>();
  const items = (record?.[source] as { name: string }[] | undefined) ?? [];
  return <span>{items.map((i) => i.name).join('、')}</span>;
}

/** Plain text lists (`languages`). */
export function ListField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Rec>();
  return <span>{((record?.[source] as string[] | undefined) ?? []).join('、')}</span>;
}

/** A person's or a member's cases (the array at `source`), each row opening the case page. */
export function CasesField({ source, label = false }: { source: string; label?: string | false }) {
  const translate = useTranslate();
  return (
    <ArrayField source={source} label={label}>
      <Datagrid
        bulkActionButtons={false}
        rowClick={(id) => `/cases/${id}/show`}
        empty={<Typography variant="body2">{translate('onedoor.common.empty')}</Typography>}
      >
        <TextField source="number" label="onedoor.people.case.number" />
        <TextField source="title" label="onedoor.people.case.title" />
        <EnumField source="status" enumName="CaseStatus" label="onedoor.people.case.status" />
        <DateTimeField source="receivedAt" label="onedoor.people.case.receivedAt" />
      </Datagrid>
    </ArrayField>
  );
}
