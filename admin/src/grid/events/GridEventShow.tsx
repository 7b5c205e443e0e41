import { Box, Card, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQLQuery } from '../../data/hooks';
import { DateTimeField, EnumField } from '../../format/fields';
import { formatDateTime } from '../../format/time';
import { CATEGORIES } from '../operations';
import { GridEventActions } from './GridEventActions';
import { FULL_RECORD } from '../../shared/fullRecord';

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
  photos?: { url: string; caption: string | null; takenAt: string | null }[];
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
  return (
    <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      <Labeled label="resources.gridEvents.fields.gridUnit.name">
        <Link to={`/gridUnits/${event.gridUnit.id}/show`}>{event.gridUnit.name}</Link>
      </Labeled>
      <Labeled label="resources.gridEvents.fields.reportedBy">
        <span>{event.reportedBy?.person.name ?? translate('onedoor.common.none')}</span>
      </Labeled>
      <Labeled label="resources.gridEvents.fields.whistledTo.name">
        {event.whistledTo ? (
          <Link to={`/organisations/${event.whistledTo.id}/show`}>{event.whistledTo.name}</Link>
        ) : (
          <span>{translate('onedoor.common.none')}</span>
        )}
      </Labeled>
      <Labeled label="resources.gridEvents.fields.case">
        {event.case ? (
          <Link to={`/cases/${event.case.id}/show`}>{event.case.number}</Link>
        ) : (
          <span>{translate('onedoor.common.none')}</span>
        )}
      </Labeled>
      <Labeled label="resources.gridEvents.fields.satisfied">
        <span>
          {event.satisfied === null ? '' : translate(event.satisfied ? 'onedoor.common.yes' : 'onedoor.common.no')}
        </span>
      </Labeled>
    </Box>
  );
}

/** Photo metadata; the files themselves live in the document store, so only captions and times show here. */
function Photos() {
  const event = useRecordContext<EventDetail>();
  const translate = useTranslate();
  if (!event?.photos) return null;
  if (event.photos.length === 0) return <Typography variant="body2">{translate('onedoor.common.none')}</Typography>;
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {event.photos.map((p, i) => (
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
        <Labeled label="resources.gridEvents.fields.photos">
          <Photos />
        </Labeled>
        <TextField source="disposal" emptyText="—" />
        <DateTimeField source="responseDueAt" />
        <TextField source="response" emptyText="—" />
        <TextField source="feedback" emptyText="—" />
        <DateTimeField source="closedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
