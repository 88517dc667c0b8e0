import { compileTemplate } from '../../../sim';
import { useForm } from '../form/FormContext';

const MAX = 400;

/** The first request's body as the simulation will render it, so placeholders can be checked. */
export function BodyPreview() {
  const body = (useForm().value as { request?: { body?: string } }).request?.body ?? '';
  if (!body.includes('{{')) return null;
  const text = compileTemplate(body).render(1, 1, '2026-01-01T09:00:00.000Z');
  return (
    <div className="fs-field">
      <div className="fs-hint">Request 1 would send:</div>
      <pre className="insp-preview" data-testid="inspector.preview.request.body">
        {text.length > MAX ? `${text.slice(0, MAX)}…` : text}
      </pre>
    </div>
  );
}
