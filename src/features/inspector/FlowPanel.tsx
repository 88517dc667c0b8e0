import { useMemo } from 'react';
import { z } from 'zod';
import { FormSection } from '../../components/FormSection';
import { Label, RunSettings } from '../../model';
import { selectChange, useStore } from '../../store';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';
import { FormContext } from './form/FormContext';
import { describeSeconds } from './form/parse';
import { useBinding } from './form/useBinding';
import type { StoreState } from '../../store';

const FlowInfo = z.object({ name: Label, description: z.string().max(20_000) });
const selectName = (s: StoreState) => s.doc.name;
const selectDescription = (s: StoreState) => s.doc.description;
const selectRun = (s: StoreState) => s.doc.run;

/** Nothing selected: the flow's name, description and run settings. */
export function FlowPanel() {
  const change = useStore(selectChange);
  const name = useStore(selectName);
  const description = useStore(selectDescription);
  const run = useStore(selectRun);
  const info = useMemo(() => ({ name, description }), [name, description]);
  const infoBinding = useBinding(info, FlowInfo, (next) =>
    change({ type: 'setInfo', ...(next as z.infer<typeof FlowInfo>) }),
  );
  const runBinding = useBinding(run, RunSettings, (next) =>
    change({ type: 'setRun', run: next as RunSettings }),
  );
  return (
    <div className="insp-panel" data-testid="inspector.flow">
      <div className="insp-head insp-cat-flow" data-testid="inspector.header">
        <span className="insp-icon" aria-hidden>
          ⟿
        </span>
        <div className="insp-head-text">
          <div className="insp-head-title">Flow</div>
          <div className="insp-head-sub">Select a node or an edge to edit it.</div>
        </div>
      </div>
      <FormContext.Provider value={infoBinding}>
        <FormSection title="Flow">
          <TextField path={['name']} label="Name" hint="also the file name when you save" />
          <TextField
            path={['description']}
            label="Description"
            multiline
            rows={3}
            placeholder="What this flow shows"
          />
        </FormSection>
      </FormContext.Provider>
      <FormContext.Provider value={runBinding}>
        <FormSection
          title="Run settings"
          note="Defaults for a simulation run. The same flow and seed give the same run, event for event."
        >
          <NumberField
            path={['seed']}
            label="Seed"
            def="1"
            help="Every random draw (arrivals, durations, errors) comes from this seed."
          />
          <NumberField
            path={['durationSeconds']}
            label="Duration"
            unit="s"
            def="60 s"
            describe={describeSeconds}
            hint="virtual time"
          />
          <TextField
            path={['region']}
            label="Region"
            def="us-east-1"
            mono
            hint="appears in ARNs and events"
          />
          <TextField path={['accountId']} label="Account id" def="123456789012" mono hint="12 digits" />
          <NumberField
            path={['accountConcurrency']}
            label="Account concurrency"
            aws="ConcurrentExecutions"
            def="1,000"
            help="Lambda's concurrency quota for the Region, shared by every function without reserved concurrency."
          />
          <NumberField
            path={['environmentKeepAliveSeconds']}
            label="Environment keep-alive"
            unit="s"
            def="600 s"
            describe={describeSeconds}
            hint="a simulation parameter: AWS does not document how long idle environments stay warm"
            help="After an invocation, Lambda keeps the execution environment frozen 'for some time'. The time is not documented and not guaranteed; this sets it for the simulation."
          />
        </FormSection>
      </FormContext.Provider>
    </div>
  );
}
