import { Box, Card, CardContent, Grid } from '@mui/material';
import { Form, Loading, NumberInput, required, SaveButton, Title, useTranslate } from 'react-admin';
import { useHasRole } from '../../auth/roles';
import { SETTINGS_EDITORS } from '../roles';
import { useGraphQLMutation, useGraphQLQuery } from '../../data/hooks';
import { fieldErrorsOf } from '../../data/errors';
import { CASE_RULES, UPDATE_CASE_RULES } from '../operations';

export const RULE_FIELDS = [
  'registerDays',
  'acceptDays',
  'firstTimeDays',
  'handleDays',
  'maxExtensionDays',
  'objectionWorkingDays',
  'reexaminationRequestDays',
  'reexaminationDays',
  'reviewRequestDays',
  'reviewDays',
  'repeatLookbackDays',
  'groupHeadCount',
  'blueDays',
  'yellowDays',
] as const;

/** The limits and warning thresholds in force; an admin changes them and every open clock follows. */
export function CaseRulesScreen() {
  const translate = useTranslate();
  const admin = useHasRole(...SETTINGS_EDITORS);
  const { data } = useGraphQLQuery<{ caseRules: Record<string, number> }>(CASE_RULES);
  const { mutateAsync } = useGraphQLMutation(UPDATE_CASE_RULES, { successMessage: 'onedoor.cases.saved' });
  if (!data) return <Loading />;
  const submit = async (values: Record<string, unknown>) => {
    try {
      await mutateAsync({ input: Object.fromEntries(RULE_FIELDS.map((k) => [k, values[k]])) });
      return undefined;
    } catch (error) {
      return fieldErrorsOf(error);
    }
  };
  return (
    <Box sx={{ p: 2 }}>
      <Title title="onedoor.cases.rules.title" />
      <Card variant="outlined">
        <CardContent>
          <Form onSubmit={submit} record={data.caseRules} noValidate>
            <Grid container spacing={2}>
              {RULE_FIELDS.map((k) => (
                <Grid key={k} size={{ xs: 12, md: 6, lg: 4 }}>
                  <NumberInput
                    source={k}
                    label={`onedoor.cases.rules.fields.${k}`}
                    validate={required()}
                    min={0}
                    step={1}
                    disabled={!admin}
                    fullWidth
                  />
                </Grid>
              ))}
            </Grid>
            {admin && <SaveButton label={translate('onedoor.cases.rules.save')} />}
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
