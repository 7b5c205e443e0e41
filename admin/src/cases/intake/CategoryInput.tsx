import { useState } from 'react';
import { required, useInput, useTranslate, ValidationError } from 'react-admin';
import { MenuItem, Stack, TextField } from '@mui/material';
import { useGraphQLQuery } from '../../data/hooks';
import { CATEGORIES } from '../operations';
import type { CategoryNode } from './types';

const requiredCategory = required();

/** The taxonomy as two pickers, category then sub-category; the case takes the sub-category (`categoryId`). */
export function CategoryInput() {
  const translate = useTranslate();
  const { data } = useGraphQLQuery<{ categories: CategoryNode[] }>(CATEGORIES);
  const { field, fieldState, formState } = useInput({ source: 'categoryId', validate: requiredCategory });
  const categories = data?.categories ?? [];
  const [chosenParent, setParent] = useState<string>('');
  // The parent follows the chosen sub-category, so a value set from outside still shows both levels.
  const parentId = categories.find((c) => c.children.some((child) => child.id === field.value))?.id ?? chosenParent;
  const children = categories.find((c) => c.id === parentId)?.children ?? [];
  const error =
    fieldState.error && (fieldState.isTouched || formState.isSubmitted) ? fieldState.error.message : undefined;

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ width: '100%', my: 1 }}>
      <TextField
        select
        fullWidth
        size="small"
        label={translate('onedoor.cases.intake.fields.categoryParent')}
        value={parentId}
        onChange={(e) => {
          setParent(e.target.value);
          field.onChange(null);
        }}
      >
        {categories.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        fullWidth
        size="small"
        required
        label={translate('onedoor.cases.intake.fields.categoryId')}
        value={children.some((c) => c.id === field.value) ? (field.value as string) : ''}
        disabled={children.length === 0}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
        inputRef={field.ref}
        error={!!error}
        helperText={error ? <ValidationError error={error} /> : ' '}
      >
        {children.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
