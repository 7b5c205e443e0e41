import { useState } from 'react';
import { required, useInput, useTranslate, ValidationError } from 'react-admin';
import {
  Box,
  Button,
  Collapse,
  FormHelperText,
  IconButton,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useGraphQLQuery } from '../../data/hooks';
import { GRID_CHILDREN, GRID_PATH } from '../operations';
import type { GridNode } from './types';

const requiredUnit = required();

interface TreeProps {
  selected: string | null;
  onSelect: (id: string) => void;
}

/** Where the matter arose: the chosen unit's full path, and the grid as a tree that loads each level when opened. */
export function GridUnitInput() {
  const translate = useTranslate();
  const { field, fieldState, formState } = useInput({ source: 'gridUnitId', validate: requiredUnit });
  const [open, setOpen] = useState(false);
  const { data } = useGraphQLQuery<{ gridUnit: { name: string; ancestors: { name: string }[] } | null }>(
    GRID_PATH,
    { id: field.value },
    { enabled: !!field.value },
  );
  const unit = field.value ? data?.gridUnit : null;
  const path = unit ? [...unit.ancestors.map((a) => a.name), unit.name].join(' / ') : null;
  const error =
    fieldState.error && (fieldState.isTouched || formState.isSubmitted) ? fieldState.error.message : undefined;

  return (
    <Box sx={{ width: '100%', my: 1 }}>
      <Typography variant="caption" color={error ? 'error' : 'text.secondary'}>
        {translate('onedoor.cases.intake.fields.gridUnitId')} *
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography data-testid="intake-grid-path" color={path ? 'text.primary' : 'text.secondary'}>
          {path ?? translate('onedoor.cases.intake.grid.none')}
        </Typography>
        <Button size="small" variant="outlined" onClick={() => setOpen(!open)} aria-expanded={open}>
          {translate('onedoor.cases.intake.grid.choose')}
        </Button>
      </Stack>
      {error ? (
        <FormHelperText error>
          <ValidationError error={error} />
        </FormHelperText>
      ) : null}
      <Collapse in={open}>
        <Paper variant="outlined" sx={{ mt: 1, maxHeight: 420, overflow: 'auto' }}>
          <List dense disablePadding>
            <GridLevel
              filter={{ level: 'COUNTY' }}
              depth={0}
              selected={(field.value as string | null | undefined) ?? null}
              onSelect={(id) => {
                field.onChange(id);
                field.onBlur();
                setOpen(false);
              }}
            />
          </List>
        </Paper>
      </Collapse>
    </Box>
  );
}

/** One level of the tree: the units under a parent, fetched when the parent opens. */
function GridLevel({ filter, depth, ...tree }: TreeProps & { filter: Record<string, string>; depth: number }) {
  const translate = useTranslate();
  const { data, isPending } = useGraphQLQuery<{ gridUnits: { totalCount: number; nodes: GridNode[] } }>(GRID_CHILDREN, {
    filter,
  });
  if (isPending)
    return (
      <ListItem sx={{ pl: 2 + depth * 3 }}>
        <LinearProgress sx={{ width: '100%' }} />
      </ListItem>
    );
  const { nodes = [], totalCount = 0 } = data?.gridUnits ?? {};
  return (
    <>
      {nodes.map((node) => (
        <GridTreeNode key={node.id} node={node} depth={depth} {...tree} />
      ))}
      {totalCount > nodes.length ? (
        <ListItem sx={{ pl: 2 + depth * 3 }}>
          <ListItemText secondary={translate('onedoor.cases.intake.grid.more')} />
        </ListItem>
      ) : null}
    </>
  );
}

function GridTreeNode({ node, depth, selected, onSelect }: TreeProps & { node: GridNode; depth: number }) {
  const translate = useTranslate();
  // The county is the single root: open from the start so the townships show at once.
  const [open, setOpen] = useState(node.level === 'COUNTY');
  const leaf = node.level === 'GRID';
  return (
    <>
      <ListItem disablePadding sx={{ pl: depth * 3 }}>
        {leaf ? (
          <Box sx={{ width: 34, flexShrink: 0 }} />
        ) : (
          <IconButton
            size="small"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            aria-label={translate(open ? 'onedoor.cases.intake.grid.collapse' : 'onedoor.cases.intake.grid.expand', {
              name: node.name,
            })}
          >
            {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
          </IconButton>
        )}
        <ListItemButton
          dense
          selected={selected === node.id}
          onClick={() => onSelect(node.id)}
          aria-label={translate('onedoor.cases.intake.grid.select', { name: node.name })}
        >
          <ListItemText
            primary={node.name}
            secondary={translate(`enums.GridLevel.${node.level}`)}
            slotProps={{ secondary: { component: 'span', sx: { ml: 1 } } }}
            sx={{ display: 'flex', alignItems: 'baseline', my: 0 }}
          />
        </ListItemButton>
      </ListItem>
      {open && !leaf ? (
        <GridLevel filter={{ parentId: node.id }} depth={depth + 1} selected={selected} onSelect={onSelect} />
      ) : null}
    </>
  );
}
