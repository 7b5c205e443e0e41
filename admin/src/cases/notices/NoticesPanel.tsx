import { type ReactNode, useState } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { hasRole } from '../../auth/roles';
import { useGraphQLQuery } from '../../data/hooks';
import { formatDate, formatDateTime } from '../../format/time';
import { DaysLeft } from '../DaysLeft';
import { WORKERS } from '../roles';
import { WarningChip } from '../WarningChip';
import { IssueNoticeButton } from './IssueNoticeButton';
import { issuableKinds, type NoticeFacts } from './kinds';
import { NoticeViewer, type NoticeSummary } from './NoticeViewer';
import { CASE_NOTICES } from './operations';

interface IssuedNotice extends NoticeSummary {
  version: number;
  templateVersion: number;
  date: string;
  issuedAt: string;
  issuedBy: { id: string; username: string; person: { id: string; name: string } | null } | null;
}
interface WrittenNotice {
  dueAt: string;
  issuedAt: string | null;
  acceptanceNoticeIssuedAt: string | null;
  running: boolean;
  warning: string;
  daysLeft: number | null;
}

/**
 * The case's written notices (书面文书): the Art. 23 written-decision clock, every notice issued (each version),
 * opened inline, and the issuing form for the kinds whose moment has come.
 */
export function NoticesPanel() {
  const record = useRecordContext<NoticeFacts & { id: string }>();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const [opened, setOpened] = useState<NoticeSummary | null>(null);
  const { data } = useGraphQLQuery<{ case: { notices: IssuedNotice[]; writtenNotice: WrittenNotice } | null }>(
    CASE_NOTICES,
    { id: record?.id ?? '' },
    { enabled: !!record },
  );
  if (!record || !data?.case) return null;
  const { notices, writtenNotice } = data.case;
  const t = (key: string, options?: Record<string, unknown>) => translate(`onedoor.cases.notices.${key}`, options);
  const kinds = hasRole(permissions, WORKERS) ? issuableKinds(record, permissions ?? []) : [];
  return (
    <Box data-testid="case-notices" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <WrittenNoticeClock clock={writtenNotice} />
      {notices.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('none')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('form.kind')}</TableCell>
              <TableCell>{t('number')}</TableCell>
              <TableCell>{t('issuedOn')}</TableCell>
              <TableCell>{t('issuedBy')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {notices.map((n) => (
              <TableRow key={n.id} data-testid="notice-row">
                <TableCell>
                  {translate(`enums.NoticeKind.${n.kind}`)}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {t('version', { n: n.version })} · {t('templateVersion', { n: n.templateVersion })}
                  </Typography>
                </TableCell>
                <TableCell>{n.number}</TableCell>
                <TableCell title={formatDateTime(n.issuedAt)}>{formatDate(n.date)}</TableCell>
                <TableCell>{n.issuedBy?.person?.name ?? n.issuedBy?.username ?? ''}</TableCell>
                <TableCell align="right">
                  <Button label="onedoor.cases.notices.open" onClick={() => setOpened(n)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {hasRole(permissions, WORKERS) && (
        <Box>
          {kinds.length ? (
            <IssueNoticeButton caseId={record.id} kinds={kinds} onIssued={setOpened} />
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('form.noKinds')}
            </Typography>
          )}
        </Box>
      )}
      {opened && <NoticeViewer notice={opened} onClose={() => setOpened(null)} />}
    </Box>
  );
}

/** The Art. 23 clock: by when the petitioner must be told in writing, and whether and when that was done. */
function WrittenNoticeClock({ clock }: { clock: WrittenNotice }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`onedoor.cases.notices.clock.${key}`);
  const row = (label: string, value: ReactNode) => (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 160 }}>
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {value}
      </Typography>
    </Box>
  );
  return (
    <Box data-testid="written-notice-clock" sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, mb: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('title')}
      </Typography>
      {row(t('dueAt'), formatDateTime(clock.dueAt))}
      {row(
        t('issuedAt'),
        clock.issuedAt ? (
          formatDateTime(clock.issuedAt)
        ) : (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            {t('notIssued')}
            <WarningChip colour={clock.warning} />
            {clock.daysLeft !== null && <DaysLeft days={clock.daysLeft} />}
          </Box>
        ),
      )}
      {clock.acceptanceNoticeIssuedAt && row(t('acceptanceIssuedAt'), formatDateTime(clock.acceptanceNoticeIssuedAt))}
    </Box>
  );
}
