import { useState } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  Button,
  NumberInput,
  ReferenceInput,
  required,
  TextInput,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { hasRole } from '../../auth/roles';
import {
  DISPOSE_GRID_EVENT,
  ESCALATE_GRID_EVENT,
  GRID_EVENT_FEEDBACK,
  RESPOND_TO_GRID_EVENT,
  WHISTLE_GRID_EVENT,
} from '../operations';
import { GRID_ROLES } from '../roles';
import { ActionDialog } from '../shared/ActionDialog';
import { PersonsInput } from '../inputs';
import { useGridAction } from '../shared/useGridAction';

type Step = 'dispose' | 'whistle' | 'respond' | 'feedback' | 'escalate';
interface EventRecord {
  id: string;
  status: string;
  version: number;
  title: string;
}

/** Which steps of the loop the API allows from a status (subgraphs/grid/src/services/grid-events.ts). */
const FROM: Record<Step, readonly string[]> = {
  dispose: ['REPORTED'],
  whistle: ['REPORTED'],
  respond: ['WHISTLED'],
  feedback: ['DISPOSED', 'RESPONDED'],
  escalate: ['REPORTED', 'DISPOSED', 'WHISTLED', 'RESPONDED'],
};
const WHO: Record<Step, readonly string[]> = {
  dispose: GRID_ROLES.eventWorkers,
  whistle: GRID_ROLES.eventWorkers,
  respond: GRID_ROLES.eventResponders,
  feedback: GRID_ROLES.eventWorkers,
  escalate: GRID_ROLES.escalateEvent,
};
const STEPS: Step[] = ['dispose', 'whistle', 'respond', 'feedback', 'escalate'];

/** The next steps of a grid event the signed-in role may take: dispose, whistle, respond, feedback, escalate. */
export function GridEventActions() {
  const event = useRecordContext<EventRecord>();
  const { permissions } = usePermissions<string[]>();
  const [step, setStep] = useState<Step | null>(null);
  const success = 'onedoor.grid.events.done';
  const conflict = 'onedoor.grid.events.changed';
  const actions = {
    dispose: useGridAction(DISPOSE_GRID_EVENT, { success, conflict }),
    whistle: useGridAction(WHISTLE_GRID_EVENT, { success, conflict }),
    respond: useGridAction(RESPOND_TO_GRID_EVENT, { success, conflict }),
    feedback: useGridAction(GRID_EVENT_FEEDBACK, { success, conflict }),
    escalate: useGridAction(ESCALATE_GRID_EVENT, { success, conflict }),
  };
  if (!event) return <TopToolbar />;
  const allowed = STEPS.filter((s) => FROM[s].includes(event.status) && hasRole(permissions, WHO[s] as never));
  const run = (s: Step) => (values: Record<string, unknown>) =>
    actions[s].mutateAsync({ input: { id: event.id, version: event.version, ...values } });
  const close = () => setStep(null);
  return (
    <TopToolbar>
      {allowed.map((s) => (
        <Button key={s} label={`onedoor.grid.events.actions.${s}`} onClick={() => setStep(s)} />
      ))}
      <ActionDialog
        open={step === 'dispose'}
        onClose={close}
        title="onedoor.grid.events.actions.dispose"
        run={run('dispose')}
      >
        <TextInput
          source="disposal"
          label="resources.gridEvents.fields.disposal"
          multiline
          fullWidth
          validate={required()}
          helperText={false}
        />
      </ActionDialog>
      <ActionDialog
        open={step === 'whistle'}
        onClose={close}
        title="onedoor.grid.events.actions.whistle"
        run={run('whistle')}
        defaultValues={{ respondWithinHours: 72 }}
      >
        <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput
            optionText="name"
            label="resources.gridEvents.fields.whistledTo.name"
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
            helperText={false}
          />
        </ReferenceInput>
        <NumberInput
          source="respondWithinHours"
          label="onedoor.grid.events.respondWithinHours"
          min={1}
          max={720}
          validate={required()}
          helperText={false}
        />
      </ActionDialog>
      <ActionDialog
        open={step === 'respond'}
        onClose={close}
        title="onedoor.grid.events.actions.respond"
        run={run('respond')}
      >
        <TextInput
          source="response"
          label="resources.gridEvents.fields.response"
          multiline
          fullWidth
          validate={required()}
          helperText={false}
        />
      </ActionDialog>
      <ActionDialog
        open={step === 'feedback'}
        onClose={close}
        title="onedoor.grid.events.actions.feedback"
        run={run('feedback')}
        defaultValues={{ satisfied: true }}
      >
        <TextInput
          source="feedback"
          label="resources.gridEvents.fields.feedback"
          multiline
          fullWidth
          validate={required()}
          helperText={false}
        />
        <BooleanInput source="satisfied" label="resources.gridEvents.fields.satisfied" helperText={false} />
      </ActionDialog>
      <ActionDialog
        open={step === 'escalate'}
        onClose={close}
        title="onedoor.grid.events.actions.escalate"
        run={run('escalate')}
        defaultValues={{ title: event.title }}
      >
        <PersonsInput source="petitionerIds" label="onedoor.grid.events.petitioners" />
        <TextInput
          source="contactPhone"
          label="onedoor.grid.events.contactPhone"
          validate={required()}
          helperText={false}
        />
        <TextInput source="title" label="resources.gridEvents.fields.title" fullWidth helperText={false} />
      </ActionDialog>
    </TopToolbar>
  );
}
