import { useState } from 'react';
import { Alert, Card, CardContent, CardHeader, LinearProgress, Radio, Typography } from '@mui/material';
import MergeIcon from '@mui/icons-material/MergeType';
import { Link } from 'react-router-dom';
import { Button, Confirm, Title, useTranslate } from 'react-admin';
import { useGraphQLMutation, useGraphQLQuery } from '../../data/hooks';
import { formatDate, formatDateTime } from '../../format/time';
import { useHasRole } from '../../auth/roles';
import { SimpleTable } from '../../shared/SimpleTable';
import { DUPLICATE_PERSONS, MERGE_PERSONS } from '../operations';
import { PERSON_MERGERS } from '../roles';
import { fieldNameOf } from '../../i18n/fieldNames';

interface DupPerson {
  id: string;
  name: string;
  gender: string;
  phone: string | null;
  nationalId: string | null;
  birthDate: string | null;
  address: string | null;
  createdAt: string;
}
interface Group {
  reason: string;
  persons: DupPerson[];
}

const field = fieldNameOf('persons');

/** One group of probable duplicates: pick the record to keep, then merge the others into it after a confirmation. */
function DuplicateGroup({ group }: { group: Group }) {
  const translate = useTranslate();
  const canMerge = useHasRole(...PERSON_MERGERS);
  const [survivorId, setSurvivorId] = useState(group.persons[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const merge = useGraphQLMutation(MERGE_PERSONS, { successMessage: 'onedoor.people.duplicates.merged' });
  const survivor = group.persons.find((p) => p.id === survivorId);
  const duplicates = group.persons.filter((p) => p.id !== survivorId);
  const run = async () => {
    setConfirming(false);
    // One merge per duplicate: each is its own audited operation in the API.
    for (const d of duplicates)
      await merge.mutateAsync({ input: { survivorId, duplicateId: d.id } }).catch(() => undefined);
  };
  return (
    <Card sx={{ mb: 2 }} data-testid="duplicate-group">
      <CardHeader
        title={translate(`enums.DuplicateReason.${group.reason}`)}
        subheader={translate('onedoor.people.duplicates.count', { count: group.persons.length })}
      />
      <CardContent>
        <SimpleTable
          rows={group.persons}
          rowKey={(p) => p.id}
          columns={[
            canMerge && {
              label: 'onedoor.people.duplicates.keep',
              value: (p) => <Radio size="small" checked={p.id === survivorId} onChange={() => setSurvivorId(p.id)} />,
            },
            { label: field('name'), value: (p) => <Link to={`/persons/${p.id}/show`}>{p.name}</Link> },
            { label: field('gender'), value: (p) => translate(`enums.Gender.${p.gender}`) },
            { label: field('nationalId'), value: (p) => p.nationalId },
            { label: field('phone'), value: (p) => p.phone },
            { label: field('birthDate'), value: (p) => formatDate(p.birthDate) },
            { label: field('address'), value: (p) => p.address },
            { label: field('createdAt'), value: (p) => formatDateTime(p.createdAt) },
          ]}
        />
        {canMerge && (
          <Button
            label="onedoor.people.duplicates.merge"
            onClick={() => setConfirming(true)}
            disabled={merge.isPending || duplicates.length === 0}
            sx={{ mt: 1 }}
          >
            <MergeIcon />
          </Button>
        )}
        <Confirm
          isOpen={confirming}
          title="onedoor.people.duplicates.confirmTitle"
          content="onedoor.people.duplicates.confirmContent"
          translateOptions={{ survivor: survivor?.name ?? '', count: duplicates.length }}
          onConfirm={() => void run()}
          onClose={() => setConfirming(false)}
        />
      </CardContent>
    </Card>
  );
}

/** Probable duplicate persons (疑似重复人员) for the centre to merge. */
export function DuplicatesScreen() {
  const translate = useTranslate();
  const { data, isPending, error } = useGraphQLQuery<{ duplicatePersons: Group[] }>(DUPLICATE_PERSONS, { first: 100 });
  return (
    <>
      <Title title="onedoor.people.duplicates.title" />
      <Typography variant="body2" color="text.secondary" sx={{ my: 2 }}>
        {translate('onedoor.people.duplicates.intro')}
      </Typography>
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {data && data.duplicatePersons.length === 0 && (
        <Alert severity="success">{translate('onedoor.people.duplicates.none')}</Alert>
      )}
      {data?.duplicatePersons.map((g) => (
        <DuplicateGroup key={g.persons.map((p) => p.id).join()} group={g} />
      ))}
    </>
  );
}
