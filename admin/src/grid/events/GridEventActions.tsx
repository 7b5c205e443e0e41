import { type ReactNode, useState } from 'react';
import type { DocumentNode } from '@apollo/client';
import {
  BooleanInput,
  Button,
  NumberInput,
  required,
  TextInput,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { OrganisationPicker } from '../../shared/OrganisationPicker';
import { hasRole, type Role } from '../../auth/roles';
import { MutationDialog } from '../../shared/MutationDialog';
import { PersonsInput } from '../inputs';
import {
  DISPOSE_GRID_EVENT,
  ESCALATE_GRID_EVENT,
  GRID_EVENT_FEEDBACK,
  RESPOND_TO_GRID_EVENT,
  WHISTLE_GRID_EVENT,
} from '../operations';
import { EVENT_ESCALATORS, EVENT_RESPONDERS, EVENT_WORKERS } from '../roles';

type Step = 'dispose' | 'whistle' | 'respond' | 'feedback' | 'escalate';
interface EventRecord {
  id: string;
  status: string;
  version: number;
  title: string;
}

/** A text the step records, named like its input field. */
const StepText = ({ source, label }: { source: string; label: string }) => (
  <TextInput source={source} label={label} multiline fullWidth validate={required()} helperText={false} />
);

interface StepForm {
  mutation: DocumentNode;
  /** The statuses the API takes the step from (subgraphs/grid/src/services/grid-events.ts). */
  from: readonly string[];
  roles: readonly Role[];
  inputs: ReactNode;
  defaults?: (event: EventRecord) => Record<string, unknown>;
}

const STEPS: Record<Step, StepForm> = {
  dispose: {
    mutation: DISPOSE_GRID_EVENT,
    from: ['REPORTED'],
    roles: EVENT_WORKERS,
    inputs: <StepText source="disposal" label="resources.gridEvents.fields.disposal" />,
  },
  whistle: {
    mutation: WHISTLE_GRID_EVENT,
    from: ['REPORTED'],
    roles: EVENT_WORKERS,
    defaults: () => ({ respondWithinHours: 72 }),
    inputs: (
      <>
        <OrganisationPicker
          source="organisationId"
          reference="organisations"
          label="resources.gridEvents.fields.whistledTo.name"
          isRequired
          helperText={false}
          fullWidth={false}
        />
        <NumberInput
          source="respondWithinHours"
          label="onedoor.grid.events.respondWithinHours"
          min={1}
          max={720}
          validate={required()}
          helperText={false}
        />
      </>
    ),
  },
  respond: {
    mutation: RESPOND_TO_GRID_EVENT,
    from: ['WHISTLED'],
    roles: EVENT_RESPONDERS,
    inputs: <StepText source="response" label="resources.gridEvents.fields.response" />,
  },
  feedback: {
    mutation: GRID_EVENT_FEEDBACK,
    from: ['DISPOSED', 'RESPONDED'],
    roles: EVENT_WORKERS,
    defaults: () => ({ satisfied: true }),
    inputs: (
      <>
        <StepText source="feedback" label="resources.gridEvents.fields.feedback" />
        <BooleanInput source="satisfied" label="resources.gridEvents.fields.satisfied" helperText={false} />
      </>
    ),
  },
  escalate: {
    mutation: ESCALATE_GRID_EVENT,
    from: ['REPORTED', 'DISPOSED', 'WHISTLED', 'RESPONDED'],
    roles: EVENT_ESCALATORS,
    defaults: (event) => ({ title: event.title }),
    inputs: (
      <>
        <PersonsInput source="petitionerIds" label="onedoor.grid.events.petitioners" />
        <TextInput
          source="contactPhone"
          label="onedoor.grid.events.contactPhone"
          validate={required()}
          helperText={false}
        />
        <TextInput source="title" label="resources.gridEvents.fields.title" fullWidth helperText={false} />
      </>
    ),
  },
};
const ORDER: Step[] = ['dispose', 'whistle', 'respond', 'feedback', 'escalate'];

/** The next steps of a grid event the signed-in role may take: dispose, whistle, respond, feedback, escalate. */
export function GridEventActions() {
  const event = useRecordContext<EventRecord>();
  const { permissions } = usePermissions<string[]>();
  const [step, setStep] = useState<Step | null>(null);
  if (!event) return <TopToolbar />;
  const allowed = ORDER.filter((s) => STEPS[s].from.includes(event.status) && hasRole(permissions, STEPS[s].roles));
  const form = step ? STEPS[step] : null;
  return (
    <TopToolbar>
      {allowed.map((s) => (
        <Button key={s} label={`onedoor.grid.events.actions.${s}`} onClick={() => setStep(s)} />
      ))}
      {step && form && (
        // The step runs with the version the page last read.
        <MutationDialog
          label={`onedoor.grid.events.actions.${step}`}
          open
          onClose={() => setStep(null)}
          mutation={form.mutation}
          successMessage="onedoor.grid.events.done"
          conflictMessage="onedoor.grid.events.changed"
          defaultValues={form.defaults?.(event)}
          toInput={(v) => ({ ...v, id: event.id, version: event.version })}
        >
          {form.inputs}
        </MutationDialog>
      )}
    </TopToolbar>
  );
}
