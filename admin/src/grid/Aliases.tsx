import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** The other names people use for it, as chips; a dash when none are recorded. A show layout heads it by `source`. */
export function Aliases(_: { source: 'aliases' }) {
  const record = useRecordContext<{ aliases?: string[] }>();
  if (!record?.aliases?.length) return <span>—</span>;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {record.aliases.map((a) => (
        <Chip key={a} label={a} size="small" />
      ))}
    </Stack>
  );
}
