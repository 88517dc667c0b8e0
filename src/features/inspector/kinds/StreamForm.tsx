import { FormSection } from '../../../components/FormSection';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';

const days = (h: number) => (h >= 48 ? `${(h / 24).toFixed(1).replace(/\.0$/, '')} days` : `${h} h`);

/** Kinesis data stream (or Kafka-style topic) settings. */
export function StreamForm() {
  return (
    <FormSection title="Stream">
      <SelectField
        path={['flavor']}
        label="Flavor"
        def="Kinesis"
        options={[
          { value: 'kinesis', label: 'Kinesis Data Streams (shards)' },
          { value: 'kafka', label: 'Kafka-style (partitions)' },
        ]}
      />
      <SelectField
        path={['streamMode']}
        label="Capacity mode"
        aws="StreamModeDetails.StreamMode"
        def="PROVISIONED"
        options={[
          { value: 'PROVISIONED', label: 'Provisioned (fixed shards)' },
          { value: 'ON_DEMAND', label: 'On-demand (scales automatically)' },
        ]}
      />
      <NumberField
        path={['shardCount']}
        label="Shards"
        aws="ShardCount"
        def="1"
        help="Each shard takes 1 MB/s or 1,000 records/s of writes; the partition key's hash picks the shard."
      />
      <NumberField
        path={['retentionPeriodHours']}
        label="Retention period"
        unit="h"
        aws="RetentionPeriodHours"
        def="24 h"
        describe={days}
        hint="24 h to 365 days"
      />
    </FormSection>
  );
}
