import type { ReactNode } from 'react';
import { HelpTip } from './HelpTip';
import './fields.css';

export interface FieldShellProps {
  /** The id of the control, so the label is tied to it. */
  htmlFor: string;
  label: string;
  /** The AWS property name, e.g. ReservedConcurrentExecutions. */
  awsName?: string;
  /** One line under the control: units, the AWS default. */
  hint?: ReactNode;
  help?: string;
  error?: string | null;
  errorTestId?: string;
  /** Label beside the control (checkboxes) instead of above it. */
  inline?: boolean;
  children: ReactNode;
}

/** A labelled form row: label, AWS name, control, hint, and the error in words. */
export function FieldShell({
  htmlFor,
  label,
  awsName,
  hint,
  help,
  error,
  errorTestId,
  inline,
  children,
}: FieldShellProps) {
  return (
    <div className={`fs-field${inline ? ' fs-inline' : ''}${error ? ' fs-has-error' : ''}`}>
      {inline ? (
        <div className="fs-inline-row">
          {children}
          <label htmlFor={htmlFor} className="fs-label">
            {label}
          </label>
          {help && <HelpTip text={help} />}
          {awsName && <code className="fs-aws">{awsName}</code>}
        </div>
      ) : (
        <>
          <div className="fs-label-row">
            <label htmlFor={htmlFor} className="fs-label">
              {label}
            </label>
            {help && <HelpTip text={help} />}
            {awsName && <code className="fs-aws">{awsName}</code>}
          </div>
          {children}
        </>
      )}
      {hint && !error && <div className="fs-hint">{hint}</div>}
      {error && (
        <div className="fs-error" id={`${htmlFor}-error`} role="alert" data-testid={errorTestId}>
          {error}
        </div>
      )}
    </div>
  );
}
