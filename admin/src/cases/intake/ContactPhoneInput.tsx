import { useEffect, useRef } from 'react';
import { required, TextInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { caseFieldLabel, text } from './registration';
import type { IntakeValues } from './types';

const requiredValue = required();

/**
 * The phone the citizen follows the case with (RegisterCaseInput.contactPhone), taken from the main
 * petitioner's phone as it is typed or picked, until staff type another one here themselves. A masked
 * phone (a role that may not read it whole) is not taken.
 */
export function ContactPhoneInput() {
  const { getFieldState, setValue } = useFormContext<IntakeValues>();
  const mainPhone = useWatch<IntakeValues, 'petitioners.0.phone'>({ name: 'petitioners.0.phone' });
  const contactPhone = useWatch<IntakeValues, 'contactPhone'>({ name: 'contactPhone' });
  const followed = useRef<string | null>(null);
  useEffect(() => {
    const phone = text(mainPhone);
    if (phone === followed.current) return;
    followed.current = phone;
    if (!phone || phone.includes('*')) return;
    if (getFieldState('contactPhone').isDirty && text(contactPhone)) return;
    setValue('contactPhone', phone);
  }, [mainPhone, contactPhone, getFieldState, setValue]);
  return <TextInput source="contactPhone" label={caseFieldLabel('contactPhone')} validate={requiredValue} />;
}
