import { Box, Chip, Typography } from '@mui/material';
import { BooleanInput, Datagrid, List, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { DateTimeField, DayField } from '../../format/fields';
import { formatDate, formatDateTime } from '../../format/time';
import { labelled } from '../../format/punctuation';

interface Meeting {
  organisations: { id: string; name: string }[];
  topics: { kind: string; text: string }[];
  decisions: {
    id: string;
    text: string;
    dueOn: string;
    doneAt: string | null;
    overdue: boolean;
    owner: { id: string; name: string };
  }[];
}
interface Decision {
  overdue: boolean;
  doneAt: string | null;
  owner: { id: string; name: string };
  followUps: { at: string; note: string }[];
}

// `label` is read by the Datagrid for the column header.
function Organisations(_: { label?: string }) {
  const m = useRecordContext<Meeting>();
  return (
    <>
      {m?.organisations.map((o) => (
        <Chip key={o.id} size="small" label={o.name} sx={{ mr: 0.5, mb: 0.5 }} />
      ))}
    </>
  );
}

/** A meeting's agenda and decisions, opened under its row (the API has no single-meeting query). */
function MeetingDetail() {
  const m = useRecordContext<Meeting>();
  const translate = useTranslate();
  if (!m) return null;
  return (
    <Box sx={{ p: 1 }}>
      <Typography variant="subtitle2">{translate('resources.jointMeetings.fields.topics')}</Typography>
      {m.topics.map((t, i) => (
        <div key={i}>{labelled(translate, translate(`enums.MeetingTopicKind.${t.kind}`), t.text)}</div>
      ))}
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('resources.jointMeetings.fields.decisions')}
      </Typography>
      {m.decisions.length === 0 && <div>{translate('onedoor.common.none')}</div>}
      {m.decisions.map((d) => (
        <div key={d.id}>
          {d.text} — <Link to={`/organisations/${d.owner.id}/show`}>{d.owner.name}</Link>
          {translate('onedoor.common.clauseSeparator')}
          {translate('resources.meetingDecisions.fields.dueOn')} {formatDate(d.dueOn)}
          {d.doneAt
            ? `${translate('onedoor.common.clauseSeparator')}${translate('resources.meetingDecisions.fields.doneAt')} ${formatDateTime(d.doneAt)}`
            : ''}
          {d.overdue && (
            <Chip
              size="small"
              color="error"
              label={translate('resources.meetingDecisions.fields.overdue')}
              sx={{ ml: 1 }}
            />
          )}
        </div>
      ))}
    </Box>
  );
}

/** Joint meetings (联席会议), latest first. */
export function JointMeetingList() {
  return (
    <List exporter={false}>
      <Datagrid expand={<MeetingDetail />} bulkActionButtons={false} rowClick="expand">
        <TextField source="title" sortable={false} />
        <DateTimeField source="scheduledAt" sortable={false} />
        <TextField source="place" sortable={false} />
        <Organisations label="resources.jointMeetings.fields.organisations" />
      </Datagrid>
    </List>
  );
}

function Owner(_: { label?: string }) {
  const d = useRecordContext<Decision>();
  return d ? (
    <Link to={`/organisations/${d.owner.id}/show`} onClick={(e) => e.stopPropagation()}>
      {d.owner.name}
    </Link>
  ) : null;
}

function State(_: { label?: string }) {
  const d = useRecordContext<Decision>();
  const translate = useTranslate();
  if (!d) return null;
  if (d.overdue)
    return <Chip size="small" color="error" label={translate('resources.meetingDecisions.fields.overdue')} />;
  return <span>{translate(d.doneAt ? 'onedoor.grid.meetings.done' : 'onedoor.grid.meetings.open')}</span>;
}

function FollowUps() {
  const d = useRecordContext<Decision>();
  const translate = useTranslate();
  if (!d) return null;
  if (d.followUps.length === 0) return <Box sx={{ p: 1 }}>{translate('onedoor.common.none')}</Box>;
  return (
    <Box sx={{ p: 1 }}>
      {d.followUps.map((f, i) => (
        <div key={i}>{labelled(translate, formatDateTime(f.at), f.note)}</div>
      ))}
    </Box>
  );
}

const decisionFilters = [
  <BooleanInput key="open" source="open" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
];

/** Decisions of joint meetings by due date, with their follow-ups. */
export function MeetingDecisionList() {
  return (
    <List exporter={false} filters={decisionFilters}>
      <Datagrid expand={<FollowUps />} bulkActionButtons={false} rowClick="expand">
        <TextField source="text" sortable={false} />
        <Owner label="resources.meetingDecisions.fields.owner.name" />
        <DayField source="dueOn" sortable={false} />
        <DateTimeField source="doneAt" sortable={false} />
        <State label="resources.meetingDecisions.fields.state" />
      </Datagrid>
    </List>
  );
}
