import { useState, type ReactNode } from 'react';
import './fields.css';

export interface FormSectionProps {
  title: string;
  /** Extra controls at the right of the header (an add button). */
  actions?: ReactNode;
  defaultOpen?: boolean;
  note?: ReactNode;
  children: ReactNode;
}

/** A titled, collapsible group of fields, like the sections of the AWS console. */
export function FormSection({ title, actions, defaultOpen = true, note, children }: FormSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section className="fs-section">
      <header className="fs-section-head">
        <button
          type="button"
          className="fs-section-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <span className="fs-chevron" aria-hidden>
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
        {actions}
      </header>
      {open && (
        <div className="fs-section-body">
          {note && <p className="fs-note">{note}</p>}
          {children}
        </div>
      )}
    </section>
  );
}
