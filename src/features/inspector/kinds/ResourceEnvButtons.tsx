import { useStore, type StoreState } from '../../../store';
import { useForm } from '../form/FormContext';
import type { FormEnv } from './env';
import { suggestResourceEnv } from './resourceEnv';

const selectRun = (s: StoreState) => s.doc.run;

/** One click adds the variable that addresses a connected resource (TABLE_NAME, QUEUE_URL...). */
export function ResourceEnvButtons({ env }: { env: FormEnv }) {
  const run = useStore(selectRun);
  const form = useForm();
  const settings = form.value as { environment: Record<string, string> };
  const suggestions = suggestResourceEnv(env, run, settings.environment);
  if (suggestions.length === 0) return null;
  return (
    <div className="insp-resource-env" data-testid="inspector.resource-env">
      <p className="fs-hint">Add a variable for a connected resource:</p>
      {suggestions.map((v) => (
        <button
          key={v.nodeId}
          type="button"
          className="insp-add"
          title={`${v.name} = ${v.value}`}
          data-testid={`inspector.resource-env.${v.nodeId}`}
          onClick={() =>
            form.commit({ ...settings, environment: { ...settings.environment, [v.name]: v.value } })
          }
        >
          + {v.name}
        </button>
      ))}
    </div>
  );
}
