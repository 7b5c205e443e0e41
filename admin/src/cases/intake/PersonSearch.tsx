import { type KeyboardEvent, useState } from 'react';
import { useTranslate } from 'react-admin';
import {
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useGraphQLQuery } from '../../data/hooks';
import { SEARCH_PERSONS } from '../operations';
import type { PersonHit } from './types';
import { personFilterFor } from './registration';

const COLUMNS = ['name', 'gender', 'phone', 'nationalId', 'address'] as const;

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
        <Table size="small" sx={{ mt: 1 }} aria-label={translate(label)}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell key={c}>{translate(`onedoor.cases.intake.person.${c}`)}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {found.nodes.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.name}</TableCell>
                <TableCell>{translate(`enums.Gender.${p.gender}`)}</TableCell>
                <TableCell>{p.phone ?? ''}</TableCell>
                <TableCell>{p.nationalId ?? ''}</TableCell>
                <TableCell>{p.address ?? ''}</TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    disabled={pickedIds.includes(p.id)}
                    onClick={() => onPick(p)}
                    aria-label={`${translate('onedoor.cases.intake.search.pick')} ${p.name}`}
                  >
                    {translate(
                      pickedIds.includes(p.id)
                        ? 'onedoor.cases.intake.search.picked'
                        : 'onedoor.cases.intake.search.pick',
                    )}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {found && found.totalCount > found.nodes.length ? (
        <Typography variant="caption" color="text.secondary">
          {translate('onedoor.cases.intake.search.more', { count: found.totalCount })}
        </Typography>
      ) : null}
    </Box>
  );
}
