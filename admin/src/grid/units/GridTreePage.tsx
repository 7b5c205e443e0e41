import { useState } from 'react';
import { Box, Card, CardContent, Chip, CircularProgress, IconButton, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Link } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';
import { useGraphQLQuery } from '../../data/hooks';
import { GRID_UNIT_CHILDREN } from '../operations';

interface Unit {
  id: string;
  name: string;
  level: string;
  code: string;
}

/** The units under a parent (or the county at the root), fetched only when the branch is opened. */
function Branch({ filter, depth }: { filter: Record<string, unknown>; depth: number }) {
  const translate = useTranslate();
  const { data, isPending } = useGraphQLQuery<{ gridUnits: { totalCount: number; nodes: Unit[] } }>(
    GRID_UNIT_CHILDREN,
    { filter },
  );
  if (isPending) return <CircularProgress size={16} sx={{ ml: depth * 3 + 1 }} />;
  const units = data?.gridUnits.nodes ?? [];
  if (units.length === 0)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ ml: depth * 3 + 5 }}>
        {translate('onedoor.grid.tree.noChildren')}
      </Typography>
    );
  return (
    <>
      {units.map((u) => (
        <Node key={u.id} unit={u} depth={depth} />
      ))}
    </>
  );
}

function Node({ unit, depth }: { unit: Unit; depth: number }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const leaf = unit.level === 'GRID';
  return (
    <Box data-testid="grid-tree-node" data-level={unit.level}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, pl: depth * 3, py: 0.25 }}>
        {leaf ? (
          <Box sx={{ width: 34 }} />
        ) : (
          <IconButton
            size="small"
            onClick={() => setOpen(!open)}
            aria-label={translate(open ? 'onedoor.grid.tree.collapse' : 'onedoor.grid.tree.expand', {
              name: unit.name,
            })}
          >
            {open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
          </IconButton>
        )}
        <Link to={`/gridUnits/${unit.id}/show`}>{unit.name}</Link>
        <Chip size="small" variant="outlined" label={translate(`enums.GridLevel.${unit.level}`)} />
        <Typography variant="caption" color="text.secondary">
          {unit.code}
        </Typography>
      </Box>
      {open && <Branch filter={{ parentId: unit.id }} depth={depth + 1} />}
    </Box>
  );
}

/** The grid from the county down (county → township → work area → village → grid), opened branch by branch. */
export function GridTreePage() {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="onedoor.grid.tree.title" />
      <Card>
        <CardContent data-testid="grid-tree">
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('onedoor.grid.tree.help')}
          </Typography>
          <Branch filter={{ level: 'COUNTY' }} depth={0} />
        </CardContent>
      </Card>
    </Box>
  );
}
