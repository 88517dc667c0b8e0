import { KIND_INFO, type NodeKind } from '../../model';
import { KindIcon } from '../../components/KindIcon';

/** Kind icon, title and the AWS service the node models. */
export function NodeHeader({ kind, id }: { kind: NodeKind; id: string }) {
  const info = KIND_INFO[kind];
  return (
    <div className={`insp-head insp-cat-${info.category}`} data-testid="inspector.header">
      <span className="insp-icon" aria-hidden>
        <KindIcon kind={kind} size={22} />
      </span>
      <div className="insp-head-text">
        <div className="insp-head-title">{info.title}</div>
        <div className="insp-head-sub">
          {info.service} · <code>{id}</code>
        </div>
      </div>
    </div>
  );
}
