import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQLQuery } from '../../data/hooks';
import { DateTimeField, EnumField } from '../../format/fields';
import { formatDateTime } from '../../format/time';
import { CATEGORIES } from '../operations';
import { GridEventActions } from './GridEventActions';
import { FULL_RECORD } from '../../shared/fullRecord';
import { RecordLink, RecordPart } from '../../shared/ShowParts';

interface Category {
  id: string;
  name: string;
  children: { id: string; name: string }[];
}
interface EventDetail {
  categoryId: string;
  satisfied: boolean | null;
  gridUnit: { id: string; name: string };
  whistledTo: { id: string; name: string } | null;
  reportedBy: { username: string; person: { name: string } } | null;
  case: { id: string; number: string } | null;
}
interface Photo {
  url: string;
  caption: string | null;
  takenAt: string | null;
}

function CategoryName() {
  const event = useRecordContext<EventDetail>();
  const { data } = useGraphQLQuery<{ categories: Category[] }>(CATEGORIES);
  const found = data?.categories
    .flatMap((c) => [c, ...c.children.map((s) => ({ ...s, parent: c.name }))])
    .find((c) => c.id === event?.categoryId);
  if (!found) return null;
  return <span>{'parent' in found ? `${found.parent} / ${found.name}` : found.name}</span>;
}

function Refs() {
  const event = useRecordContext<EventDetail>();
  const translate = useTranslate();
  if (!event) return null;
  const none = translate('onedoor.common.none');
  const refs: [field: string, value: ReactNode][] = [
    ['gridUnit.name', <RecordLink resource="gridUnits" target={event.gridUnit} />],
    ['reportedBy', event.reportedBy?.person.name ?? none],
    ['whistledTo.name', <RecordLink resource="organisations" target={event.whistledTo} />],
    ['case', <RecordLink resource="cases" target={event.case && { id: event.case.id, name: event.case.number }} />],
    [
      'satisfied',
      event.satisfied === null ? '' : translate(event.satisfied ? 'onedoor.common.yes' : 'onedoor.common.no'),
    ],
  ];
  return (
    <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      {refs.map(([field, value]) => (
        <Labeled key={field} label={`resources.gridEvents.fields.${field}`}>
          <span>{value}</span>
        </Labeled>
      ))}
    </Box>
  );
}

/** Photo metadata; the files themselves live in the document store, so only captions and times show here. */
function Photos({ photos }: { photos: Photo[] }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {photos.map((p, i) => (
        <Card key={i} variant="outlined" sx={{ minWidth: 180 }}>
          <CardContent>
            <Typography variant="body2">{p.caption ?? translate('onedoor.grid.events.photo', { n: i + 1 })}</Typography>
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(p.takenAt)}
            </Typography>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}

/** One grid event through its loop: report, disposal or whistle, response, feedback, or escalation into a case. */
export function GridEventShow() {
  return (
    <Show queryOptions={FULL_RECORD} actions={<GridEventActions />}>
      <SimpleShowLayout>
        <TextField source="title" />
        <EnumField source="status" enumName="GridEventStatus" />
        <Labeled label="resources.gridEvents.fields.categoryId">
          <CategoryName />
        </Labeled>
        <TextField source="description" />
        <TextField source="place" emptyText="—" />
        <DateTimeField source="occurredAt" />
        <DateTimeField source="reportedAt" />
        <Refs />
        <RecordPart source="photos" noneWhenEmpty render={(photos: Photo[]) => <Photos photos={photos} />} />
        <TextField source="disposal" emptyText="—" />
        <DateTimeField source="responseDueAt" />
        <TextField source="response" emptyText="—" />
        <TextField source="feedback" emptyText="—" />
        <DateTimeField source="closedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
