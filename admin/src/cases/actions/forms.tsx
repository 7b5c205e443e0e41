import type { ReactNode } from 'react';
import {
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { type EnumName, enumChoices } from '../../format/fields';
import { OrganisationInput, OrganisationsInput } from '../inputs';
import type { TransitionName } from '../operations';
import type { FormValues as Values } from '../../shared/MutationDialog';
import { objectingUnits, type CaseFacts, type Viewer } from './allowed';
import { HandlingStepInputs } from './HandlingStepInputs';
import { handlingStepInput } from './handlingStep';
import { MediatorInputs } from './MediatorInputs';

export const label = (field: string) => `onedoor.cases.form.${field}`;
const req = required();

export interface CasePageRecord extends CaseFacts {
  id: string;
  version: number;
  units: { lead: boolean; unit: { id: string; name: string } }[];
}

export interface ActionForm {
  inputs: ReactNode;
  defaultValues?: Values;
  toInput?(values: Values): Values;
}

const Reason = ({ source = 'reason', optional = false }: { source?: string; optional?: boolean }) => (
  <TextInput
    source={source}
    label={label(source)}
    validate={optional ? undefined : req}
    multiline
    minRows={2}
    fullWidth
  />
);

/** The note of an urge (催办): what is pressed for, and by when. */
export const UrgeNote = () => (
  <TextInput source="note" label={label('urgeNote')} validate={req} multiline minRows={3} fullWidth />
);

/** One value of an API enum: radio buttons for a few weighed choices, a select otherwise. */
function Choice(props: { source: string; enumName: EnumName; radio?: boolean; optional?: boolean }) {
  const { source, enumName, radio, optional } = props;
  const common = { source, label: label(source), choices: enumChoices(enumName), validate: optional ? undefined : req };
  return radio ? <RadioButtonGroupInput {...common} /> : <SelectInput {...common} fullWidth />;
}

/** The inputs of each action's dialog, named exactly like the mutation's input fields. */
export function actionForm(name: TransitionName, record: CasePageRecord, viewer: Viewer): ActionForm {
  switch (name) {
    case 'routeCase':
      return {
        inputs: (
          <>
            <OrganisationInput source="leadUnitId" label={label('leadUnitId')} validate={req} suggestFor={record.id} />
            <OrganisationsInput source="otherUnitIds" label={label('otherUnitIds')} suggestFor={record.id} />
            <Reason />
          </>
        ),
        defaultValues: { otherUnitIds: [] },
      };
    case 'objectToRouting': {
      const own = objectingUnits(record, viewer);
      const choices = record.units.filter((u) => own.includes(u.unit.id)).map((u) => u.unit);
      return {
        inputs: (
          <>
            <SelectInput source="unitId" label={label('unitId')} choices={choices} validate={req} fullWidth />
            <Reason />
          </>
        ),
        defaultValues: choices.length === 1 ? { unitId: choices[0]!.id } : {},
      };
    }
    case 'acceptCase':
      return { inputs: <Reason source="note" optional /> };
    case 'declineCase':
      return {
        inputs: (
          <>
            <Reason />
            <TextInput source="properChannel" label={label('properChannel')} fullWidth />
          </>
        ),
      };
    case 'handOverToLegalChannel':
      return {
        inputs: (
          <>
            <Choice source="legalChannel" enumName="LegalChannel" />
            <OrganisationInput source="receivingUnitId" label={label('receivingUnitId')} validate={req} />
            <Reason />
          </>
        ),
      };
    case 'recordHandlingStep':
      return { inputs: <HandlingStepInputs />, toInput: handlingStepInput };
    case 'assignMediator':
      return { inputs: <MediatorInputs caseId={record.id} /> };
    case 'extendDeadline':
      return {
        inputs: (
          <>
            <NumberInput source="days" label={label('days')} validate={req} min={1} step={1} fullWidth />
            <Reason />
          </>
        ),
      };
    case 'replyToCase':
    case 'giveOpinion':
      return {
        inputs: (
          <>
            <TextInput
              source="text"
              label={label(name === 'replyToCase' ? 'text' : 'opinion')}
              validate={req}
              multiline
              minRows={4}
              fullWidth
            />
            <BooleanInput source="public" label={label('public')} />
          </>
        ),
        defaultValues: { public: true },
      };
    case 'recordFollowUp':
      return {
        inputs: (
          <>
            <Choice source="satisfaction" enumName="Satisfaction" radio />
            <Reason source="note" optional />
          </>
        ),
      };
    case 'reviewClosure':
      return {
        inputs: (
          <>
            <Choice source="decision" enumName="ClosureDecision" radio />
            <FormDataConsumer>
              {({ formData }) =>
                formData.decision === 'CLOSE' && <Choice source="outcome" enumName="ClosureOutcome" optional />
              }
            </FormDataConsumer>
            <Reason optional />
          </>
        ),
        defaultValues: { decision: 'CLOSE' },
        toInput: (v) => ({
          decision: v.decision,
          outcome: v.decision === 'CLOSE' ? v.outcome : null,
          reason: v.reason,
        }),
      };
    case 'requestReexamination':
    case 'requestReview':
      return {
        inputs: (
          <>
            <OrganisationInput source="unitId" label={label('reopenUnit')} validate={req} />
            <Reason />
          </>
        ),
      };
    case 'recordHearing':
      return {
        inputs: (
          <>
            <NumberInput source="days" label={label('hearingDays')} validate={req} min={1} step={1} fullWidth />
            <Reason source="note" optional />
          </>
        ),
      };
    case 'urgeCase':
      return { inputs: <UrgeNote /> };
    case 'setHandlingMode':
      return { inputs: null };
  }
}
