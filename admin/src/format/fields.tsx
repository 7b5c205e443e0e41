import { useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import { formatDate, formatDateTime } from './time';
import { formatFen } from './money';
import * as API_ENUMS from '../generated/enums';

type Rec = Record<string, unknown>;

function valueAt(record: Rec | undefined, source: string): unknown {
  return source
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Rec)[key] : undefined), record);
}

/** Integer fen shown as yuan in zh-CN format. */
export function MoneyField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Rec>();
  return <span>{formatFen(valueAt(record, source) as string | null)}</span>;
}

/** An instant shown in Beijing time. */
export function DateTimeField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Rec>();
  return <span>{formatDateTime(valueAt(record, source) as string | null)}</span>;
}

/** A calendar day (`Date` scalar). */
export function DayField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Rec>();
  return <span>{formatDate(valueAt(record, source) as string | null)}</span>;
}

/** An enum value shown by its translation (`enums.<Enum>.<VALUE>`), never as the raw constant. */
export function EnumField({
  source,
  enumName,
  chip,
}: {
  source: string;
  enumName: string;
  label?: string;
  sortable?: boolean;
  chip?: boolean;
}) {
  const record = useRecordContext<Rec>();
  const translate = useTranslate();
  const value = valueAt(record, source);
  if (value === null || value === undefined) return null;
  const values = Array.isArray(value) ? value : [value];
  const labels = values.map((v) => translate(`enums.${enumName}.${String(v)}`));
  if (chip)
    return (
      <>
        {labels.map((l) => (
          <Chip key={l} label={l} size="small" sx={{ mr: 0.5 }} />
        ))}
      </>
    );
  return <span>{labels.join('、')}</span>;
}

/** An enum of the API (admin/src/generated/enums.ts). */
export type EnumName = keyof typeof API_ENUMS;

/** Choices for a SelectInput over an enum, every value in the API's order unless a screen picks some; react-admin translates the names. */
export function enumChoices(enumName: EnumName, values: readonly string[] = API_ENUMS[enumName]) {
  return values.map((v) => ({ id: v, name: `enums.${enumName}.${v}` }));
}
