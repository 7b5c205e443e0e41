import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import {
  ArrayInput,
  BooleanInput,
  Button,
  DateInput,
  Form,
  required,
  ResourceContextProvider,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { fieldErrorsOf, useGraphQLMutation } from '../../data/hooks';
import { enumChoices } from '../../format/fields';
import { POOLS } from '../enums';
import {
  GridUnitsInput,
  LanguagesInput,
  OrganisationInput,
  SpecialtiesInput,
  splitList,
  WeekdaysInput,
} from '../inputs';
import { ADD_POOL_MEMBER } from '../operations';

/** Adds the person on screen to a pool (入库); the form's fields are AddPoolMemberInput's. */
export function AddPoolMemberButton() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const add = useGraphQLMutation<{ addPoolMember: { id: string } }>(ADD_POOL_MEMBER, {
    successMessage: 'onedoor.people.member.added',
  });
  if (!record) return null;
  const submit = async (values: Record<string, unknown>) => {
    try {
      const certifications = ((values.certifications as { name?: string; expiresOn?: string }[] | undefined) ?? [])
        .filter((c) => c.name)
        .map((c) => ({ name: c.name, expiresOn: c.expiresOn || undefined }));
      const result = await add.mutateAsync({
        input: {
          personId: record.id,
          pool: values.pool,
          fullTime: !!values.fullTime,
          specialties: splitList(values.specialties),
          languages: splitList(values.languages),
          studio: (values.studio as string | undefined) || undefined,
          organisationId: values.organisationId || undefined,
          gridUnitIds: (values.gridUnitIds as string[] | undefined) ?? [],
          joinedOn: values.joinedOn || undefined,
          weekdays: values.weekdays,
          certifications,
        },
      });
      setOpen(false);
      void navigate(`/mediators/${result.addPoolMember.id}/show`);
      return undefined;
    } catch (error) {
      return fieldErrorsOf(error);
    }
  };
  return (
    <>
      <Button label="onedoor.people.member.add" onClick={() => setOpen(true)}>
        <GroupAddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>{translate('onedoor.people.member.add')}</DialogTitle>
        <ResourceContextProvider value="mediators">
          <Form
            onSubmit={submit}
            defaultValues={{ pool: 'PEOPLES_MEDIATOR', fullTime: false, weekdays: [1, 2, 3, 4, 5], certifications: [] }}
          >
            <DialogContent>
              <SelectInput source="pool" choices={enumChoices('Pool', POOLS)} validate={required()} />
              <BooleanInput source="fullTime" />
              <SpecialtiesInput />
              <LanguagesInput />
              <TextInput source="studio" fullWidth />
              <OrganisationInput />
              <GridUnitsInput />
              <DateInput source="joinedOn" />
              <WeekdaysInput />
              <ArrayInput source="certifications">
                <SimpleFormIterator inline>
                  <TextInput source="name" label="onedoor.people.cert.name" />
                  <DateInput source="expiresOn" label="onedoor.people.cert.expiresOn" />
                </SimpleFormIterator>
              </ArrayInput>
            </DialogContent>
            <Toolbar>
              <SaveButton label="onedoor.people.member.add" />
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            </Toolbar>
          </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
}
