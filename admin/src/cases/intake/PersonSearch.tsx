import { type KeyboardEvent, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useGraphQLQuery } from '../../data/hooks';
import { SimpleTable } from '../../shared/SimpleTable';
import { SEARCH_PERSONS } from '../operations';
import type { PersonHit } from './types';
import { personFilterFor } from './registration';

const column = (field: string) => `onedoor.cases.intake.person.${field}`;

/** Takes a hit, once: a person already on the form shows as picked. */
function PickButton({
  person,
  picked,
  onPick,
}: {
  person: PersonHit;
  picked: boolean;
  onPick: (p: PersonHit) => void;
}) {
  const translate = useTranslate();
  return (
    <Button
      size="small"
      disabled={picked}
      onClick={() => onPick(person)}
      aria-label={`${translate('onedoor.cases.intake.search.pick')} ${person.name}`}
    >
      {translate(picked ? 'onedoor.cases.intake.search.picked' : 'onedoor.cases.intake.search.pick')}
    </Button>
  );
}

/** Finds registered persons by name, phone or national id and hands the chosen one back. */
export function PersonSearch({
  onPick,
  pickedIds = [],
  label = 'onedoor.cases.intake.search.label',
}: {
  onPick: (person: PersonHit) => void;
  pickedIds?: readonly string[];
  label?: string;
}) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<Record<string, string> | null>(null);
  const { data } = useGraphQLQuery<{ persons: { totalCount: number; nodes: PersonHit[] } }>(
    SEARCH_PERSONS,
    { filter },
    { enabled: !!filter },
  );
  const search = () => setFilter(personFilterFor(text));
  // Enter searches instead of submitting the whole intake form.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      search();
    }
  };
  const found = filter ? data?.persons : undefined;

  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          size="small"
          sx={{ minWidth: 360 }}
          label={translate(label)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button
          variant="outlined"
          startIcon={<SearchIcon />}
          onClick={search}
          sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
        >
          {translate('onedoor.cases.intake.search.go')}
        </Button>
      </Stack>
      {found && found.nodes.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('onedoor.cases.intake.search.none')}
        </Typography>
      ) : null}
      {found && found.nodes.length > 0 ? (
        <SimpleTable
          rows={found.nodes}
          rowKey={(p) => p.id}
          label={label}
          sx={{ mt: 1 }}
          columns={[
            { label: column('name'), value: (p) => p.name },
            { label: column('gender'), value: (p) => translate(`enums.Gender.${p.gender}`) },
            { label: column('phone'), value: (p) => p.phone ?? '' },
            { label: column('nationalId'), value: (p) => p.nationalId ?? '' },
            { label: column('address'), value: (p) => p.address ?? '' },
            {
              numeric: true,
              value: (p) => <PickButton person={p} picked={pickedIds.includes(p.id)} onPick={onPick} />,
            },
          ]}
        />
      ) : null}
      {found && found.totalCount > found.nodes.length ? (
        <Typography variant="caption" color="text.secondary">
          {translate('onedoor.cases.intake.search.more', { count: found.totalCount })}
        </Typography>
      ) : null}
    </Box>
  );
}
