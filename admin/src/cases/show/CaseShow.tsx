import type { ReactNode } from 'react';
import { Card, CardContent, Grid, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { ActionsBar } from '../actions/ActionsBar';
import { CaseAttachments } from './CaseAttachments';
import { CaseClockPanel } from './CaseClockPanel';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline } from './CaseTimeline';
import { FULL_RECORD } from '../../shared/fullRecord';
import { RegisteredNotice } from './RegisteredNotice';
import { NoticesPanel } from '../notices/NoticesPanel';

function CaseTitle() {
  const record = useRecordContext<{ number: string }>();
  const translate = useTranslate();
  return <>{record ? translate('onedoor.cases.show.title', { number: record.number }) : ''}</>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** The case page: intake's success view when just registered, header, clock, the actions the viewer may take now, its files, the written notices and the timeline. */
export function CaseShow() {
  return (
    <Show queryOptions={FULL_RECORD} title={<CaseTitle />} actions={false}>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <RegisteredNotice />
        <Grid size={{ xs: 12, lg: 8 }}>
          <Section title="onedoor.cases.show.overview">
            <CaseHeader />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Section title="onedoor.cases.show.clock">
            <CaseClockPanel />
          </Section>
        </Grid>
        <Grid size={12}>
          <Section title="onedoor.cases.show.actions">
            <ActionsBar />
          </Section>
        </Grid>
        <Grid size={12}>
          <Section title="onedoor.attachments.title">
            <CaseAttachments />
          </Section>
        </Grid>
        <Grid size={12}>
          <Section title="onedoor.cases.notices.panel">
            <NoticesPanel />
          </Section>
        </Grid>
        <Grid size={12}>
          <Section title="onedoor.cases.show.timeline">
            <CaseTimeline />
          </Section>
        </Grid>
      </Grid>
    </Show>
  );
}
