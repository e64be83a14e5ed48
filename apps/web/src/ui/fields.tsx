import { useId, type ComponentProps, type ReactNode } from 'react';
import {
  Checkbox,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';

interface FieldChrome {
  label: ReactNode;
  description?: ReactNode;
  /** A translated message; marks the input invalid and is linked with aria-describedby. */
  error?: string | undefined;
  /** Shows "(niet verplicht)" after the label; pass the translated text. */
  optionalText?: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function Label({ htmlFor, label, optionalText, type }: { htmlFor: string; label: ReactNode; optionalText?: string | undefined; type?: 'checkbox' }) {
  return (
    <FormLabel htmlFor={htmlFor} type={type}>
      {label}
      {optionalText ? <span className="thuis-optional"> {optionalText}</span> : null}
    </FormLabel>
  );
}

export type TextFieldProps = FieldChrome & Omit<ComponentProps<'input'>, 'children'>;

/** A labelled text input (also e-mail, password, tel and date). */
export function TextField({ label, description, error, optionalText, id, className, ...input }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <FormField
      className={className}
      invalid={!!error}
      label={<Label htmlFor={inputId} label={label} optionalText={optionalText} />}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Textbox
          {...input}
          id={inputId}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
          className={input.type === 'date' ? 'thuis-input-date' : undefined}
        />
      }
    />
  );
}

export type TextAreaFieldProps = FieldChrome & Omit<ComponentProps<'textarea'>, 'children'>;

export function TextAreaField({ label, description, error, optionalText, id, className, ...input }: TextAreaFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <FormField
      className={className}
      invalid={!!error}
      label={<Label htmlFor={inputId} label={label} optionalText={optionalText} />}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Textarea
          {...input}
          id={inputId}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
        />
      }
    />
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

export type SelectFieldProps = FieldChrome &
  Omit<ComponentProps<'select'>, 'children'> & {
    options: readonly Option[];
    /** Text of an empty first option (value ""), e.g. "Kies…". */
    placeholder?: string;
  };

export function SelectField({ label, description, error, optionalText, id, className, options, placeholder, ...select }: SelectFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <FormField
      className={className}
      invalid={!!error}
      label={<Label htmlFor={inputId} label={label} optionalText={optionalText} />}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Select
          {...select}
          id={inputId}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
        >
          {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}

export type CheckboxFieldProps = Omit<FieldChrome, 'optionalText'> & Omit<ComponentProps<'input'>, 'type' | 'children'>;

/** One labelled checkbox (a yes/no choice). */
export function CheckboxField({ label, description, error, id, className, ...input }: CheckboxFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <FormField
      type="checkbox"
      className={className}
      invalid={!!error}
      label={<Label htmlFor={inputId} label={label} type="checkbox" />}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Checkbox
          {...input}
          id={inputId}
          appearance="custom"
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
        />
      }
    />
  );
}

export interface CheckboxGroupProps {
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  options: readonly Option[];
  /** Props for every checkbox, e.g. `register('worksKinds')` from react-hook-form. */
  inputProps: Omit<ComponentProps<'input'>, 'type' | 'value' | 'id'>;
  idPrefix?: string;
}

/** A fieldset of checkboxes that share one name (several choices). */
export function CheckboxGroup({ legend, description, error, options, inputProps, idPrefix }: CheckboxGroupProps) {
  const generated = useId();
  const prefix = idPrefix ?? generated;
  const descriptionId = description ? `${prefix}-description` : undefined;
  const errorId = error ? `${prefix}-error` : undefined;
  return (
    <fieldset
      className={['utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', 'thuis-fieldset', error ? 'utrecht-form-fieldset--invalid' : '']
        .filter(Boolean)
        .join(' ')}
      aria-describedby={describedBy(descriptionId, errorId)}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      {options.map((o) => {
        const optionId = `${prefix}-${o.value}`;
        return (
          <FormField
            type="checkbox"
            key={o.value}
            label={<Label htmlFor={optionId} label={o.label} type="checkbox" />}
            input={<Checkbox {...inputProps} id={optionId} value={o.value} appearance="custom" invalid={!!error} disabled={o.disabled} />}
          />
        );
      })}
    </fieldset>
  );
}
