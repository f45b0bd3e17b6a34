import type { ComponentProps } from 'react';
import { InputField } from '@/components/shared/FormField';

type Props = Omit<ComponentProps<typeof InputField>, 'id' | 'type' | 'required'> & {
  name: string;
  /** Tells a password manager whether to fill in the saved password or offer a new one. */
  autoComplete: 'current-password' | 'new-password';
};

/** A password to type, required; its id is its name. */
export function PasswordField({ name, ...field }: Props) {
  return <InputField id={name} name={name} type="password" required {...field} />;
}
