import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  required,
  SelectInput,
  TextInput,
  useArrayInput,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Button, Chip, IconButton, Paper, Stack, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import PersonAddIcon from '@mui/icons-material/PersonAddAlt';
import { enumChoices } from '../../format/fields';
import { useGraphQLQuery } from '../../data/hooks';
import { FieldRow } from './FieldRow';
import { PersonSearch } from './PersonSearch';
import { DUPLICATE_CANDIDATES } from '../operations';
import { type DuplicateAnswer, duplicateLookup, probableDuplicates } from './registration';
import { type IntakeValues, type PersonHit, type PetitionerRow } from './types';

const atLeastOne = (rows: unknown) =>
  Array.isArray(rows) && rows.length > 0 ? undefined : 'onedoor.cases.intake.petitioners.none';
const requiredName = required();
const genderChoices = enumChoices('Gender');
const L = (key: string) => `onedoor.cases.intake.person.${key}`;

const existing = (p: PersonHit): PetitionerRow => ({
  personId: p.id,
  name: p.name,
  phone: p.phone ?? '',
  representative: false,
});

/** The petitioners, in order (the first is the main contact): registered persons found by search, or new ones typed in. */
export function PetitionersInput() {
  return (
    <ArrayInput source="petitioners" label={false} validate={atLeastOne}>
      <PetitionerRows />
    </ArrayInput>
  );
}

function PetitionerRows() {
  const translate = useTranslate();
  const { fields, append, remove, update } = useArrayInput();
  return (
    <Stack spacing={1.5} sx={{ width: '100%' }}>
      <FormDataConsumer<IntakeValues>>
        {({ formData }) =>
          fields.map((f, i) => (
            <PetitionerRowView
              key={f.id}
              index={i}
              row={formData.petitioners?.[i]}
              onRemove={() => remove(i)}
              onUse={(p) => update(i, existing(p))}
            />
          ))
        }
      </FormDataConsumer>
      <FormDataConsumer<IntakeValues>>
        {({ formData }) => (
          <PersonSearch
            pickedIds={(formData.petitioners ?? []).flatMap((r) => (r.personId ? [r.personId] : []))}
            onPick={(p) => append(existing(p))}
          />
        )}
      </FormDataConsumer>
      <Box>
        <Button
          startIcon={<PersonAddIcon />}
          onClick={() => append({ gender: 'UNSPECIFIED', representative: false, notDuplicate: false })}
        >
          {translate('onedoor.cases.intake.petitioners.add')}
        </Button>
      </Box>
    </Stack>
  );
}

function PetitionerRowView({
  index,
  row,
  onRemove,
  onUse,
}: {
  index: number;
  row: PetitionerRow | undefined;
  onRemove: () => void;
  onUse: (p: PersonHit) => void;
}) {
  const translate = useTranslate();
  const isNew = !row?.personId;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid={`petitioner-${index}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2">{translate(isNew ? L('new') : L('existing'))}</Typography>
        {index === 0 ? <Chip size="small" color="primary" label={translate(L('main'))} /> : null}
        <Box sx={{ flex: 1 }} />
        <IconButton size="small" onClick={onRemove} aria-label={`${translate(L('remove'))} ${row?.name ?? ''}`.trim()}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Stack>
      {isNew ? (
        <FieldRow min={180}>
          <TextInput source={`${index}.name`} label={L('name')} validate={requiredName} helperText={false} />
          <SelectInput source={`${index}.gender`} label={L('gender')} choices={genderChoices} helperText={false} />
          <TextInput source={`${index}.phone`} label={L('phone')} helperText={false} />
          <TextInput source={`${index}.nationalId`} label={L('nationalId')} helperText={false} />
          <TextInput source={`${index}.address`} label={L('address')} helperText={false} />
        </FieldRow>
      ) : (
        <FieldRow min={180}>
          <TextInput source={`${index}.name`} label={L('name')} readOnly helperText={false} />
          <TextInput source={`${index}.phone`} label={L('phone')} readOnly helperText={false} />
        </FieldRow>
      )}
      <BooleanInput source={`${index}.representative`} label={L('representative')} helperText={false} />
      {isNew ? <DuplicateWarning index={index} row={row} onUse={onUse} /> : null}
    </Paper>
  );
}

/** Registered persons with the same national id, or the same name and phone, as the one being typed in. */
function DuplicateWarning({
  index,
  row,
  onUse,
}: {
  index: number;
  row: PetitionerRow | undefined;
  onUse: (p: PersonHit) => void;
}) {
  const translate = useTranslate();
  const lookup = duplicateLookup(row);
  const { data } = useGraphQLQuery<DuplicateAnswer>(DUPLICATE_CANDIDATES, lookup ?? undefined, { enabled: !!lookup });
  const hits = lookup ? probableDuplicates(row, data) : [];
  if (hits.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mt: 1 }}>
      {hits.map((p) => (
        <Stack key={p.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <span>
            {translate('onedoor.cases.intake.duplicate.warning', {
              name: p.name,
              detail: p.phone ?? p.nationalId ?? '',
            })}
          </span>
          <Button size="small" onClick={() => onUse(p)}>
            {translate('onedoor.cases.intake.duplicate.use')}
          </Button>
        </Stack>
      ))}
      <BooleanInput source={`${index}.notDuplicate`} label={L('notDuplicate')} helperText={false} />
    </Alert>
  );
}
