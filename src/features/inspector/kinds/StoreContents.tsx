import { FormSection } from '../../../components/FormSection';
import { useRunResult } from '../../../runtime/run';
import { unmarshallItem, type DynamoItem, type StoreView } from '../../../sim';
import { selectSelectedNode, useStore, type StoreState } from '../../../store';
import './storeContents.css';

/** Items are listed up to this many; the count stays exact. */
const SHOWN = 100;

const selectNodeId = (s: StoreState) => selectSelectedNode(s)?.id ?? null;

/** What a table or bucket held when the last run ended (read-only; the run's data is not in the store). */
export function StoreContents({ kind }: { kind: 'table' | 'bucket' }) {
  const nodeId = useStore(selectNodeId);
  const result = useRunResult();
  const title = kind === 'table' ? 'Items after the last run' : 'Objects after the last run';
  const view = nodeId ? result?.stores[nodeId] : undefined;
  return (
    <FormSection title={title}>
      <div className="store-contents" data-testid="inspector.store-items">
        {!result ? (
          <p className="store-note">Run the flow to see what it leaves here.</p>
        ) : !view ? (
          <p className="store-note">The last run did not include this node.</p>
        ) : (
          <ViewList view={view} />
        )}
      </div>
    </FormSection>
  );
}

function ViewList({ view }: { view: StoreView }) {
  if (view.type === 'table') {
    const keys = view.sortKey ? [view.partitionKey, view.sortKey] : [view.partitionKey];
    return (
      <>
        <p className="store-note">{countLine(view.itemCount, 'item')}</p>
        <ol className="store-list">
          {view.items.slice(0, SHOWN).map((raw, i) => {
            const item = unmarshallItem(raw as DynamoItem);
            return (
              <li key={i}>
                <span className="store-key">{keys.map((k) => String(item[k])).join(' · ')}</span>
                <pre>{JSON.stringify(item)}</pre>
              </li>
            );
          })}
        </ol>
      </>
    );
  }
  return (
    <>
      <p className="store-note">{countLine(view.objectCount, 'object')}</p>
      <ol className="store-list">
        {view.objects.slice(0, SHOWN).map((o) => (
          <li key={o.key} className="store-object">
            <span className="store-key">{o.key}</span>
            <span>{o.size.toLocaleString('en-US')} B</span>
          </li>
        ))}
      </ol>
    </>
  );
}

function countLine(count: number, noun: string): string {
  const total = `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
  return count > SHOWN ? `${total}; the first ${SHOWN} are listed` : total;
}
