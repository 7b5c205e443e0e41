import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { required, useInput, useTranslate } from 'react-admin';
import { useGraphQLQuery } from '../../data/hooks';
import { SUGGEST_MEDIATORS } from '../operations';

interface Suggestion {
  score: number;
  mediator: { id: string; pool: string; studio: string | null; workload: number; person: { name: string } };
  factors: { factor: string; weight: number; value: number; note: string }[];
}

const percent = (v: number) => `${Math.round(v * 100)}%`;
const validate = required();

/**
 * The mediator to assign (`mediatorId`), chosen among the ranked suggestions (suggestMediators), each
 * with its score and the factors behind it, translated.
 */
export function MediatorInputs({ caseId }: { caseId: string }) {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source: 'mediatorId', validate });
  const { data, isPending } = useGraphQLQuery<{ suggestMediators: Suggestion[] }>(SUGGEST_MEDIATORS, {
    input: { caseId },
  });
  const suggestions = data?.suggestMediators ?? [];
  const error = fieldState.error?.message;
  return (
    <>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('onedoor.cases.suggest.title')}
      </Typography>
      {error && (
        <Typography variant="caption" color="error" component="div" sx={{ mb: 1 }}>
          {translate(error, { _: error })}
        </Typography>
      )}
      {!isPending && suggestions.length === 0 && (
        <Typography variant="body2">{translate('onedoor.cases.suggest.empty')}</Typography>
      )}
      <Stack spacing={1} data-testid="mediator-suggestions">
        {suggestions.map((s) => {
          const chosen = field.value === s.mediator.id;
          return (
            <Card
              key={s.mediator.id}
              variant="outlined"
              sx={chosen ? { borderColor: 'primary.main', borderWidth: 2 } : undefined}
            >
              <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <Typography sx={{ fontWeight: 600 }}>{s.mediator.person.name}</Typography>
                  <Typography variant="body2">
                    {translate(`enums.Pool.${s.mediator.pool}`)}
                    {s.mediator.studio ? ` · ${s.mediator.studio}` : ''}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate('onedoor.cases.suggest.workload', { n: s.mediator.workload })}
                  </Typography>
                  <Box sx={{ flex: 1 }} />
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {translate('onedoor.cases.suggest.score', { score: percent(s.score) })}
                  </Typography>
                  <Button
                    size="small"
                    variant={chosen ? 'contained' : 'text'}
                    onClick={() => field.onChange(s.mediator.id)}
                  >
                    {translate('onedoor.cases.suggest.choose')}
                  </Button>
                </Box>
                {s.factors.map((f) => (
                  <Typography key={f.factor} variant="caption" component="div" color="text.secondary" title={f.note}>
                    {translate('onedoor.cases.suggest.factor', {
                      name: translate(`enums.MatchFactor.${f.factor}`),
                      value: percent(f.value),
                      weight: percent(f.weight),
                    })}
                  </Typography>
                ))}
              </CardContent>
            </Card>
          );
        })}
      </Stack>
    </>
  );
}
