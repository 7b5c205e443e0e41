import { useState } from 'react';
import {
  FormDataConsumer,
  required,
  SelectInput,
  TextInput,
  useInput,
  useTranslate,
  ValidationError,
} from 'react-admin';
import { Box, FormHelperText, Typography } from '@mui/material';
import { enumChoices } from '../../format/fields';
import { shanghaiLocalToIso } from '../../format/time';
import { FieldRow } from './FieldRow';
import { PersonSearch } from './PersonSearch';
import { isoToShanghaiLocal } from './registration';
import { INTAKE_CHANNELS, type IntakeValues, type PersonHit } from './types';

const channelChoices = enumChoices('Channel', INTAKE_CHANNELS);
const requiredValue = required();
const F = (key: string) => `onedoor.cases.intake.fields.${key}`;

/** A `DateTime` typed as Beijing wall time whatever the browser's zone. */
const dateTimeProps = {
  type: 'datetime-local',
  format: isoToShanghaiLocal,
  parse: (local: string) => (local ? shanghaiLocalToIso(local) : null),
  slotProps: { inputLabel: { shrink: true } },
} as const;

/** How the case came in, and the details that channel needs (RegisterCaseInput's channel fields). */
export function ChannelFields() {
  return (
    <>
      <FieldRow min={260}>
        <SelectInput source="channel" label={F('channel')} choices={channelChoices} validate={requiredValue} />
        <TextInput source="receivedAt" label={F('receivedAt')} {...dateTimeProps} />
      </FieldRow>
      <FormDataConsumer<IntakeValues>>
        {({ formData }) => {
          switch (formData.channel) {
            case 'HOTLINE_12345':
              return (
                <FieldRow min={260}>
                  <TextInput source="externalOrderNumber" label={F('externalOrderNumber')} validate={requiredValue} />
                </FieldRow>
              );
            case 'ASSIGNED_BY_SUPERIOR':
              return (
                <FieldRow min={260}>
                  <TextInput source="assigningBody" label={F('assigningBody')} validate={requiredValue} />
                  <TextInput
                    source="assigningDeadlineAt"
                    label={F('assigningDeadlineAt')}
                    validate={requiredValue}
                    {...dateTimeProps}
                  />
                </FieldRow>
              );
            case 'PROXY_AGENT':
              return <ProxyAgentInput />;
            default:
              return null;
          }
        }}
      </FormDataConsumer>
    </>
  );
}

/** The proxy agent (代办员), a registered person found by search. */
function ProxyAgentInput() {
  const translate = useTranslate();
  const { field, fieldState, formState } = useInput({ source: 'proxyAgentId', validate: requiredValue });
  const [picked, setPicked] = useState<PersonHit | null>(null);
  const error =
    fieldState.error && (fieldState.isTouched || formState.isSubmitted) ? fieldState.error.message : undefined;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="caption" color={error ? 'error' : 'text.secondary'}>
        {translate(F('proxyAgentId'))} *
      </Typography>
      <Typography sx={{ mb: 1 }} color={picked && field.value ? 'text.primary' : 'text.secondary'}>
        {picked && field.value
          ? `${picked.name} ${picked.phone ?? ''}`.trim()
          : translate('onedoor.cases.intake.proxy.none')}
      </Typography>
      {error ? (
        <FormHelperText error>
          <ValidationError error={error} />
        </FormHelperText>
      ) : null}
      <PersonSearch
        pickedIds={field.value ? [field.value] : []}
        onPick={(p) => {
          setPicked(p);
          field.onChange(p.id);
          field.onBlur();
        }}
      />
    </Box>
  );
}
