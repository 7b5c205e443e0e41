import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDate } from '../../format/time';
import { aside } from '../../format/punctuation';
import { useHasRole } from '../../auth/roles';
import { type CertificationRow, expiryLevel } from '../fields';
import { ACCOUNT_READERS } from '../roles';

// The fields of a pool member's page (MediatorShow): its person, a certificate's expiry, its rates, who changed its status.

export function PersonLink() {
  const record = useRecordContext<{ person: { id: string; name: string } }>();
  return record ? <Link to={`/persons/${record.person.id}/show`}>{record.person.name}</Link> : null;
}

export function CertificationCell(_: { label?: string }) {
  const cert = useRecordContext<CertificationRow>();
  const translate = useTranslate();
  if (!cert) return null;
  if (!cert.expiresOn) return <span>{translate('onedoor.people.cert.noExpiry')}</span>;
  const level = expiryLevel(cert);
  const date = formatDate(cert.expiresOn);
  if (level === 'ok') return <span>{date}</span>;
  return (
    <Chip
      size="small"
      color={level === 'expired' ? 'error' : 'warning'}
      label={translate(level === 'expired' ? 'onedoor.people.cert.expiredShort' : 'onedoor.people.cert.soonShort', {
        date,
      })}
    />
  );
}

export function Rate({ source }: { source: string; label?: string }) {
  const record = useRecordContext<Record<string, Record<string, number | null>>>();
  const value = record?.performance?.[source];
  return (
    <span>
      {value === null || value === undefined
        ? '—'
        : source === 'successRate'
          ? `${Math.round(value * 100)}%`
          : value.toFixed(1)}
    </span>
  );
}

/** Who changed a status: the account (a link for the roles that may read accounts) or the system's import. */
export function ActorField(_: { label?: string }) {
  const change = useRecordContext<{ actor: { id: string; username: string; person: { name: string } } | null }>();
  const translate = useTranslate();
  const canRead = useHasRole(...ACCOUNT_READERS);
  if (!change?.actor) return <span>{translate('onedoor.people.member.system')}</span>;
  const text = aside(translate, change.actor.person.name, change.actor.username);
  return canRead ? <Link to={`/accounts/${change.actor.id}`}>{text}</Link> : <span>{text}</span>;
}
