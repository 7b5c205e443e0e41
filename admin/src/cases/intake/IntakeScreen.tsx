import type { ReactNode } from 'react';
import {
  BooleanInput,
  Form,
  FormDataConsumer,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  Toolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { Alert, Card, CardContent, Chip, Divider, Stack, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { hasRole } from '../../auth/roles';
import { enumChoices } from '../../format/fields';
import { useGraphQLQuery } from '../../data/hooks';
import { CategoryInput } from './CategoryInput';
import { ChannelFields } from './ChannelFields';
import { ContactPhoneInput } from './ContactPhoneInput';
import { FieldRow } from './FieldRow';
import { GridUnitInput } from './GridUnitInput';
import { PetitionersInput } from './PetitionersInput';
import { GROUP_HEAD_COUNT } from '../operations';
import { REGISTRARS } from '../roles';
import { type IntakeValues } from './types';
import { useRegisterCase } from './useRegisterCase';

const requiredValue = required();
const legalChannelChoices = enumChoices('LegalChannel');
const F = (key: string) => `onedoor.cases.intake.fields.${key}`;
const DEFAULTS: IntakeValues = { channel: 'VISIT', petitioners: [], lawRelated: false, crossLevel: false };

/** Intake (登记): a new case with its petitioners, category and place, posted as `registerCase`. */
export function IntakeScreen() {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<string[]>();
  const submit = useRegisterCase();
  if (isPending) return null;
  if (!hasRole(permissions, REGISTRARS)) {
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('onedoor.cases.intake.forbidden')}
      </Alert>
    );
  }
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="onedoor.cases.intake.title" />
      <Form defaultValues={DEFAULTS} onSubmit={submit as never}>
        <CardContent>
          <Section title="channel">
            <ChannelFields />
          </Section>
          <Section title="petitioners">
            <PetitionersInput />
            <FieldRow min={260}>
              <ContactPhoneInput />
              <NumberInput source="headCount" label={F('headCount')} min={1} step={1} />
              <GroupPetitionHint />
            </FieldRow>
          </Section>
          <Section title="matter">
            <CategoryInput />
            <TextInput source="title" label={F('title')} validate={requiredValue} fullWidth />
            <TextInput
              source="description"
              label={F('description')}
              validate={requiredValue}
              multiline
              minRows={4}
              fullWidth
            />
          </Section>
          <Section title="place">
            <GridUnitInput />
          </Section>
          <Section title="flags">
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
              <BooleanInput source="crossLevel" label={F('crossLevel')} helperText={false} />
              <BooleanInput source="lawRelated" label={F('lawRelated')} helperText={false} />
              <FormDataConsumer<IntakeValues>>
                {({ formData }) =>
                  formData.lawRelated ? (
                    <SelectInput
                      source="legalChannel"
                      label={F('legalChannel')}
                      choices={legalChannelChoices}
                      validate={requiredValue}
                      sx={{ minWidth: 240 }}
                    />
                  ) : null
                }
              </FormDataConsumer>
            </Stack>
          </Section>
        </CardContent>
        <Toolbar>
          <SaveButton label="onedoor.cases.intake.submit" icon={<SendIcon />} />
        </Toolbar>
      </Form>
    </Card>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <section>
      <Typography variant="h6" sx={{ mt: 1 }}>
        {translate(`onedoor.cases.intake.sections.${title}`)}
      </Typography>
      <Divider sx={{ mb: 1 }} />
      {children}
    </section>
  );
}

/** Says when the head count (or the number of petitioners) makes it a group petition (群体访). */
function GroupPetitionHint() {
  const translate = useTranslate();
  const { data } = useGraphQLQuery<{ caseRules: { groupHeadCount: number } }>(GROUP_HEAD_COUNT);
  const threshold = data?.caseRules.groupHeadCount;
  if (!threshold) return null;
  return (
    <FormDataConsumer<IntakeValues>>
      {({ formData }) => {
        const count = formData.headCount || formData.petitioners?.length || 0;
        return count >= threshold ? (
          <Chip color="warning" label={translate('onedoor.cases.intake.petitioners.isGroup')} />
        ) : (
          <Typography variant="caption" color="text.secondary">
            {translate('onedoor.cases.intake.petitioners.group', { count: threshold })}
          </Typography>
        );
      }}
    </FormDataConsumer>
  );
}
