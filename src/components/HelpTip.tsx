/** A small "?" that explains a field on hover or keyboard focus. */
export function HelpTip({ text }: { text: string }) {
  return (
    <span className="fs-help" tabIndex={0} role="note" aria-label={text} title={text}>
      ?
    </span>
  );
}
