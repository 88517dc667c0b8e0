import { FormSection } from '../../../components/FormSection';
import type { SimulationBullet, SimulationNote } from './simulationNotes';

/** Text with `backquoted` setting names shown as code. */
function NoteText({ text }: { text: string }) {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

function BulletList({ title, bullets }: { title: string; bullets: readonly SimulationBullet[] }) {
  if (bullets.length === 0) return null;
  return (
    <>
      <div className="insp-subhead">{title}</div>
      <ul className="insp-sim-list">
        {bullets.map((b) => (
          <li key={b.text}>
            <NoteText text={b.text} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** "How this is simulated": what the run models for this kind or edge, and where it simplifies. */
export function SimulationNotes({ note }: { note: SimulationNote }) {
  return (
    <div className="insp-sim" data-testid="inspector.simulation">
      <FormSection title="How this is simulated" defaultOpen={false}>
        <BulletList title="As AWS does it" bullets={note.bullets.filter((b) => b.type === 'modeled')} />
        <BulletList
          title="Simplified or left out"
          bullets={note.bullets.filter((b) => b.type === 'simplified')}
        />
        <p className="fs-note">Full list: docs/semantics.md in the project, under “{note.section}”.</p>
      </FormSection>
    </div>
  );
}
