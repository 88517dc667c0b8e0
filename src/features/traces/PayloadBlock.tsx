import { PAYLOAD_PREVIEW_CHARS } from '../../sim';
import { payloadView } from './payloadText';

/** A payload preview as pretty JSON; says so when the preview was cut. */
export function PayloadBlock({ payload, testId }: { payload: string; testId?: string }) {
  const view = payloadView(payload);
  return (
    <>
      <pre className="traces-json" data-testid={testId}>
        {view.text}
      </pre>
      {view.cut && (
        <p className="traces-note">
          Preview: the first {PAYLOAD_PREVIEW_CHARS} characters; the payload was longer.
        </p>
      )}
    </>
  );
}
