import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../format/time';
import { labelled } from '../../format/punctuation';

export interface CaseEvent {
  id: string;
  kind: string;
  at: string;
  actor: { person: { name: string } } | null;
  unit: { name: string } | null;
  reason: string | null;
  note: string | null;
  step: string | null;
  days: number | null;
  satisfaction: string | null;
  outcome: string | null;
  legalChannel: string | null;
  appointmentKind: string | null;
  scheduledAt: string | null;
  place: string | null;
  attendees: string[];
  mediationOutcome: string | null;
  dueAt: string | null;
  attachments: { id: string; name: string }[];
}

/** The words of one entry beyond its kind: each field the kind uses, translated. */
function details(e: CaseEvent, t: (key: string, options?: Record<string, unknown>) => string): string[] {
  const label = (key: string, value: string) => labelled(t, t(`onedoor.cases.show.event.${key}`), value);
  const out: string[] = [];
  if (e.step) {
    const parts = [t(`enums.HandlingStepKind.${e.step}`)];
    if (e.appointmentKind) parts.push(t(`enums.AppointmentKind.${e.appointmentKind}`));
    if (e.mediationOutcome) parts.push(t(`enums.MediationOutcome.${e.mediationOutcome}`));
    out.push(parts.join(' · '));
  }
  if (e.unit) out.push(label('unit', e.unit.name));
  if (e.legalChannel) out.push(t(`enums.LegalChannel.${e.legalChannel}`));
  if (e.satisfaction) out.push(t(`enums.Satisfaction.${e.satisfaction}`));
  if (e.outcome) out.push(t(`enums.ClosureOutcome.${e.outcome}`));
  if (e.days !== null) out.push(label('days', t('onedoor.cases.show.days', { n: e.days })));
  if (e.scheduledAt) out.push(label('scheduledAt', formatDateTime(e.scheduledAt)));
  if (e.place) out.push(label('place', e.place));
  if (e.attendees.length) out.push(label('attendees', e.attendees.join('、')));
  if (e.dueAt) out.push(label('dueAt', formatDateTime(e.dueAt)));
  if (e.reason) out.push(label('reason', e.reason));
  if (e.note) out.push(label('note', e.note));
  if (e.attachments.length)
    out.push(label('files', e.attachments.map((a) => a.name).join(t('onedoor.common.listSeparator'))));
  return out;
}

/** The event log as a vertical timeline, oldest first, times in Beijing time. */
export function CaseTimeline() {
  const record = useRecordContext<{ timeline: CaseEvent[] }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box
      component="ol"
      data-testid="case-timeline"
      sx={{ listStyle: 'none', m: 0, p: 0, borderLeft: 2, borderColor: 'divider', ml: 1 }}
    >
      {record.timeline.map((e) => (
        <Box component="li" key={e.id} data-kind={e.kind} sx={{ position: 'relative', pl: 2.5, pb: 2 }}>
          <Box
            sx={{
              position: 'absolute',
              left: -7,
              top: 4,
              width: 12,
              height: 12,
              borderRadius: '50%',
              bgcolor: 'primary.main',
            }}
          />
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {translate(`enums.CaseEventKind.${e.kind}`)}
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1.5 }}>
              {formatDateTime(e.at)}
            </Typography>
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1.5 }}>
              {labelled(
                translate,
                translate('onedoor.cases.show.event.by'),
                e.actor?.person.name ?? translate('onedoor.cases.show.system'),
              )}
            </Typography>
          </Typography>
          {details(e, translate).map((line, i) => (
            <Typography key={i} variant="body2">
              {line}
            </Typography>
          ))}
        </Box>
      ))}
    </Box>
  );
}
