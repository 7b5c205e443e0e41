import {
  FunctionField,
  Labeled,
  Link,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { EnumField, MoneyField } from '../../format/fields';
import { ReliefAttachments } from '../attachments';
import { ReliefActions } from './ReliefActions';
import { ReliefHistory } from './ReliefHistory';
import type { ApplicationRecord } from './types';
import { FULL_RECORD } from '../../shared/fullRecord';
import { aside } from '../../format/punctuation';

function ReliefTitle() {
  const application = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  return (
    <span>{application ? translate('onedoor.funds.titles.application', { name: application.person.name }) : ''}</span>
  );
}

function Evidence() {
  const application = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const items = application?.evidence ?? [];
  if (items.length === 0) return <Typography variant="body2">{translate('onedoor.common.none')}</Typography>;
  return (
    <>
      {items.map((e, i) => (
        <Typography key={i} variant="body2">
          {aside(translate, e.fileName, e.description)}
        </Typography>
      ))}
    </>
  );
}

function Attachments() {
  const application = useRecordContext<ApplicationRecord>();
  return application ? <ReliefAttachments id={application.id} /> : null;
}

/** One relief application: who, how much, from which fund, why, and its history; the actions the role may take. */
export function ReliefShow() {
  return (
    <Show
      queryOptions={FULL_RECORD}
      actions={
        <TopToolbar>
          <ReliefActions />
        </TopToolbar>
      }
      title={<ReliefTitle />}
    >
      <SimpleShowLayout>
        <EnumField source="status" enumName="ReliefApplicationStatus" chip />
        <TextField source="person.name" />
        <TextField source="fund.name" />
        <FunctionField
          source="case.number"
          render={(r: ApplicationRecord) =>
            r.case ? <Link to={`/cases/${r.case.id}/show`}>{`${r.case.number} ${r.case.title}`}</Link> : ''
          }
          emptyText="onedoor.common.none"
        />
        <TextField source="township.name" emptyText="onedoor.common.none" />
        <EnumField source="vulnerability" enumName="Vulnerability" />
        <MoneyField source="amount" />
        <TextField source="reason" />
        <Labeled label="resources.reliefApplications.fields.evidence">
          <Evidence />
        </Labeled>
        <Labeled label="onedoor.attachments.title">
          <Attachments />
        </Labeled>
        <Labeled label="resources.reliefApplications.fields.history">
          <ReliefHistory />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
