import type { ReactNode } from 'react';
import { Typography } from '@mui/material';
import { type RaRecord, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** 无: a show page's word for a field with nothing in it. */
function NoneText() {
  const translate = useTranslate();
  return <Typography variant="body2">{translate('onedoor.common.none')}</Typography>;
}

/**
 * A part of a show page drawn from one field of the record (its contacts, its staff, its open cases), headed by
 * the field's name in a show layout: nothing while the list's row stands in for the full record and the field is
 * not there yet; with `noneWhenEmpty`, 无 for an empty list.
 */
export function RecordPart<T, R extends RaRecord = RaRecord>(props: {
  source: string;
  render: (value: T, record: R) => ReactNode;
  noneWhenEmpty?: boolean;
}) {
  const record = useRecordContext<R>();
  const value = record?.[props.source] as T | null | undefined;
  if (!record || value === null || value === undefined) return null;
  if (props.noneWhenEmpty && Array.isArray(value) && value.length === 0) return <NoneText />;
  return <>{props.render(value, record)}</>;
}

/** Another record's page, linked by its name; 无 when there is none. */
export function RecordLink({
  resource,
  target,
}: {
  resource: string;
  target: { id: string; name: string } | null | undefined;
}) {
  const translate = useTranslate();
  if (!target) return <span>{translate('onedoor.common.none')}</span>;
  return <Link to={`/${resource}/${target.id}/show`}>{target.name}</Link>;
}

/** The record's reference at `source` as a link to its page; 无 when there is none. */
export function RecordLinkField({ source, resource }: { source: string; resource: string; label?: string }) {
  const record = useRecordContext<Record<string, { id: string; name: string } | null>>();
  return <RecordLink resource={resource} target={record?.[source]} />;
}
