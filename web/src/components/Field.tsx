import { type ReactNode, useId } from 'react';

/** A labelled form control with its error message right beside it (announced, and linked for screen readers). */
export function Field(props: {
  label: string;
  error?: string | undefined;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        'aria-invalid': props.error !== undefined,
        ...(props.error ? { 'aria-describedby': errorId } : {}),
      })}
      {props.error && (
        <span className="field-error" id={errorId} role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}

/** A message about the whole form. */
export function FormError({ message }: { message: string | undefined }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** Shown while something loads. */
export function Loading({ what }: { what: string }) {
  return <output className="loading">Loading {what}…</output>;
}
