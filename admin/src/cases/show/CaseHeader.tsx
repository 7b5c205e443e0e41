import type { ReactNode } from 'react';
import { Box, Chip, Grid, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../format/time';
import { aside, labelled } from '../../format/punctuation';
import { WarningChip } from '../WarningChip';
import { TrackingCode } from './TrackingCode';
import { type CaseSummary, caseField } from '../record';

interface Named {
  id: string;
  name: string;
}
export interface CaseHeaderRecord extends CaseSummary {
  trackingCode: string;
  description: string;
  level: number;
  handlingMode: string;
  crossLevel: boolean;
  lawRelated: boolean;
  satisfaction: string | null;
  outcome: string | null;
  legalChannel: string | null;
  category: Named & { parent: Named | null };
  place: Named & { ancestors: (Named & { level: string })[] };
  responsibleUnit: Named | null;
  units: { lead: boolean; unit: Named }[];
  petitioners: (Named & { phone: string | null; nationalId: string | null })[];
  mediator: { id: string; person: Named } | null;
  owner: Named | null;
  clock: {
    stage: string;
    startedAt: string;
    deadlineAt: string;
    running: boolean;
    overdue: boolean;
    daysLeft: number | null;
    addedDays: number;
    objectionWindowEndsAt: string | null;
    unmaintainedCalendarYears: number[];
  };
}

function Item({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  const translate = useTranslate();
  return (
    <Grid size={{ xs: 12, md: wide ? 12 : 6, lg: wide ? 12 : 4 }}>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Grid>
  );
}

const FLAGS = ['repeat', 'groupPetition', 'crossLevel', 'lawRelated'] as const;

/** Number, title, status, category, place with its ancestors, units, petitioners and flags. */
export function CaseHeader() {
  const r = useRecordContext<CaseHeaderRecord>();
  const translate = useTranslate();
  if (!r) return null;
  const show = (key: string) => `onedoor.cases.show.${key}`;
  const withAside = (text: string, note: string | null) => aside(translate, text, note);
  const path = [...r.place.ancestors.map((a) => a.name), r.place.name].join(' / ');
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h6" data-testid="case-number">
          {r.number}
        </Typography>
        <Typography variant="h6">{r.title}</Typography>
        <Chip
          label={translate(`enums.CaseStatus.${r.status}`)}
          color="primary"
          size="small"
          data-testid="case-status"
        />
        <WarningChip colour={r.warning} />
        {FLAGS.filter((f) => r[f]).map((f) => (
          <Chip key={f} label={translate(caseField(f))} size="small" variant="outlined" />
        ))}
      </Box>
      <Grid container spacing={2}>
        <Item label={caseField('category.name')}>
          {r.category.parent ? `${r.category.parent.name} / ${r.category.name}` : r.category.name}
        </Item>
        <Item label={caseField('channel')}>{translate(`enums.Channel.${r.channel}`)}</Item>
        <Item label={caseField('receivedAt')}>{formatDateTime(r.receivedAt)}</Item>
        <Item label={show('place')}>
          <span data-testid="case-place">{path}</span>
        </Item>
        <Item label={show('responsibleUnit')}>
          {r.responsibleUnit ? (
            <Link to={`/organisations/${r.responsibleUnit.id}/show`}>{r.responsibleUnit.name}</Link>
          ) : (
            translate(show('notRouted'))
          )}
        </Item>
        <Item label={show('units')}>
          {r.units.length
            ? r.units
                .map((u) => withAside(u.unit.name, u.lead ? translate(show('lead')) : null))
                .join(translate('onedoor.common.listSeparator'))
            : translate(show('none'))}
        </Item>
        <Item label={show('petitioners')}>
          {withAside(
            r.petitioners
              .map((p) => [p.name, p.phone, p.nationalId].filter(Boolean).join(' '))
              .join(translate('onedoor.common.itemSeparator')),
            r.headCount > r.petitioners.length ? `${translate(caseField('headCount'))} ${r.headCount}` : null,
          )}
        </Item>
        <Item label={show('mediator')}>{r.mediator?.person.name ?? translate(show('none'))}</Item>
        <Item label={show('handlingMode')}>
          {withAside(
            translate(`enums.HandlingMode.${r.handlingMode}`),
            r.owner ? labelled(translate, translate(show('owner')), r.owner.name) : null,
          )}
        </Item>
        <Item label={show('level')}>{translate(show(`levels.${r.level}`))}</Item>
        <Item label={show('trackingCode')}>
          <TrackingCode caseId={r.id} code={r.trackingCode} />
        </Item>
        {r.satisfaction && (
          <Item label={show('satisfaction')}>{translate(`enums.Satisfaction.${r.satisfaction}`)}</Item>
        )}
        {r.outcome && <Item label={show('outcome')}>{translate(`enums.ClosureOutcome.${r.outcome}`)}</Item>}
        {r.legalChannel && (
          <Item label={show('legalChannel')}>{translate(`enums.LegalChannel.${r.legalChannel}`)}</Item>
        )}
        <Item label={show('description')} wide>
          {r.description}
        </Item>
      </Grid>
    </Box>
  );
}
