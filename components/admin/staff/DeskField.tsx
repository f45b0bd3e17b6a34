import { FormField, inputClassName } from '@/components/shared/FormField';

type Props = {
  desks: readonly { id: string; name: string }[];
  label: string;
  noDeskLabel: string;
  defaultValue: string;
  errors: readonly string[];
};

/** The desk a staff member belongs to, or none. */
export function DeskField({ desks, label, noDeskLabel, defaultValue, errors }: Props) {
  return (
    <FormField id="deskId" label={label} errors={errors}>
      {(control) => (
        <select {...control} name="deskId" defaultValue={defaultValue} className={inputClassName}>
          <option value="">{noDeskLabel}</option>
          {desks.map((desk) => (
            <option key={desk.id} value={desk.id}>
              {desk.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
