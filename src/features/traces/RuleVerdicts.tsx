import type { VerdictGroup } from './verdicts';

/** Which rules (bus) or subscriptions (topic) matched, and for each miss the field and condition that failed. */
export function RuleVerdicts({ groups, what }: { groups: VerdictGroup[]; what: 'rules' | 'subscriptions' }) {
  return (
    <>
      {groups.map((g, gi) => (
        <div key={gi} className="traces-verdicts">
          {g.title && <p className="traces-verdict-title">{g.title}</p>}
          {g.lines.length === 0 && <p className="traces-note">No {what}.</p>}
          <ul>
            {g.lines.map((l) => (
              <li
                key={l.key}
                className={`traces-verdict ${l.skipped ? 'is-skipped' : l.matched ? 'is-match' : 'is-miss'}`}
                data-testid={`traces.rule.${l.key}`}
              >
                <span
                  className="traces-verdict-mark"
                  aria-label={l.skipped ? 'Skipped' : l.matched ? 'Matched' : 'Not matched'}
                >
                  {l.skipped ? '–' : l.matched ? '✓' : '✗'}
                </span>
                <div>
                  <span className="traces-verdict-subject">{l.subject}</span>
                  {l.matched && l.targets.length > 0 && (
                    <span className="traces-verdict-to"> → {l.targets.join(', ')}</span>
                  )}
                  {l.skipped && <span className="traces-verdict-why">{l.skipped}</span>}
                  {!l.matched && !l.skipped && (
                    <span className="traces-verdict-why">
                      {l.reasons.length === 0
                        ? 'did not match'
                        : l.reasons.map((r) => <span key={r}>{r}</span>)}
                    </span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
