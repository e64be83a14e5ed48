import { useId, type ComponentProps, type ReactNode } from 'react';
import {
  Checkbox,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
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

/** What a field wrapper passes on to its input: the id, the invalid state and the linked description and error. */
interface ControlProps {
  id: string;
  invalid: boolean;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The FormField scaffolding shared by the wrappers below: label, description, error message and their ids. */
function Field({
  label,
  description,
  error,
  optionalText,
  id,
  className,
  checkbox,
  children,
}: FieldChrome & { id: string | undefined; className: string | undefined; checkbox?: boolean; children: (control: ControlProps) => ReactNode }) {
  const generated = useId();
  const inputId = id ?? generated;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <FormField
      type={checkbox ? 'checkbox' : undefined}
      className={className}
      invalid={!!error}
      label={<Label htmlFor={inputId} label={label} optionalText={optionalText} type={checkbox ? 'checkbox' : undefined} />}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={children({
        id: inputId,
        invalid: !!error,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(descriptionId, errorId),
      })}
    />
  );
}

export type TextFieldProps = FieldChrome & Omit<ComponentProps<'input'>, 'children'>;

/** A labelled text input (also e-mail, password, tel and date). */
export function TextField({ label, description, error, optionalText, id, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} description={description} error={error} optionalText={optionalText} id={id} className={className}>
      {(control) => <Textbox {...input} {...control} className={input.type === 'date' ? 'thuis-input-date' : undefined} />}
    </Field>
  );
}

export type TextAreaFieldProps = FieldChrome & Omit<ComponentProps<'textarea'>, 'children'>;

export function TextAreaField({ label, description, error, optionalText, id, className, ...input }: TextAreaFieldProps) {
  return (
    <Field label={label} description={description} error={error} optionalText={optionalText} id={id} className={className}>
      {(control) => <Textarea {...input} {...control} />}
    </Field>
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
  return (
    <Field label={label} description={description} error={error} optionalText={optionalText} id={id} className={className}>
      {(control) => (
        <Select {...select} {...control}>
          {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </Field>
  );
}

export type CheckboxFieldProps = Omit<FieldChrome, 'optionalText'> & Omit<ComponentProps<'input'>, 'type' | 'children'>;

/** One labelled checkbox (a yes/no choice). */
export function CheckboxField({ label, description, error, id, className, ...input }: CheckboxFieldProps) {
  return (
    <Field label={label} description={description} error={error} id={id} className={className} checkbox>
      {(control) => <Checkbox {...input} {...control} appearance="custom" />}
    </Field>
  );
}

export interface CheckboxGroupProps {
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  options: readonly Option[];
  /** Props for every checkbox or radio button, e.g. `register('worksKinds')` from react-hook-form. */
  inputProps: Omit<ComponentProps<'input'>, 'type' | 'value' | 'id'>;
  idPrefix?: string;
}

/** The fieldset around a group of choices: legend, description and error, and an id per option. */
function ChoiceFieldset({
  legend,
  description,
  error,
  idPrefix,
  children,
}: Pick<CheckboxGroupProps, 'legend' | 'description' | 'error' | 'idPrefix'> & { children: (optionId: (value: string) => string) => ReactNode }) {
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
      {children((value) => `${prefix}-${value}`)}
    </fieldset>
  );
}

/** A fieldset of checkboxes that share one name (several choices). */
export function CheckboxGroup({ options, inputProps, error, ...chrome }: CheckboxGroupProps) {
  return (
    <ChoiceFieldset error={error} {...chrome}>
      {(optionId) =>
        options.map((o) => (
          <FormField
            type="checkbox"
            key={o.value}
            label={<Label htmlFor={optionId(o.value)} label={o.label} type="checkbox" />}
            input={<Checkbox {...inputProps} id={optionId(o.value)} value={o.value} appearance="custom" invalid={!!error} disabled={o.disabled} />}
          />
        ))
      }
    </ChoiceFieldset>
  );
}

export type RadioGroupProps = CheckboxGroupProps;

/** A fieldset of radio buttons that share one name (one choice). */
export function RadioGroup({ options, inputProps, error, ...chrome }: RadioGroupProps) {
  return (
    <ChoiceFieldset error={error} {...chrome}>
      {(optionId) =>
        options.map((o) => (
          <FormField
            type="radio"
            key={o.value}
            label={
              <FormLabel htmlFor={optionId(o.value)} type="radio">
                {o.label}
              </FormLabel>
            }
            input={<RadioButton {...inputProps} type="radio" id={optionId(o.value)} value={o.value} invalid={!!error} disabled={o.disabled} />}
          />
        ))
      }
    </ChoiceFieldset>
  );
}

export interface CheckboxListProps {
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  options: readonly Option[];
  /** The chosen values, in the order of `options`. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  idPrefix?: string;
}

/**
 * A fieldset of checkboxes whose value is a list (controlled): for react-hook-form's Controller,
 * where `register` would give a single checkbox a boolean instead of a list.
 */
export function CheckboxList({ options, value, onChange, onBlur, error, ...chrome }: CheckboxListProps) {
  const toggle = (option: string, checked: boolean) => onChange(options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))));
  return (
    <ChoiceFieldset error={error} {...chrome}>
      {(optionId) =>
        options.map((o) => (
          <FormField
            type="checkbox"
            key={o.value}
            label={<Label htmlFor={optionId(o.value)} label={o.label} type="checkbox" />}
            input={
              <Checkbox
                id={optionId(o.value)}
                value={o.value}
                checked={value.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
                onBlur={onBlur}
                appearance="custom"
                invalid={!!error}
                disabled={o.disabled}
              />
            }
          />
        ))
      }
    </ChoiceFieldset>
  );
}
