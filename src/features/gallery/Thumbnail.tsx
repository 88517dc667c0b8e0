import type { ThumbnailState } from './useThumbnail';

/** An example's flow in miniature: cards coloured by category, connections as lines. */
export function Thumbnail({ state }: { state: ThumbnailState }) {
  if (state.type === 'failed') {
    return (
      <div className="gallery-thumb is-failed" title={state.reason}>
        No preview: {state.reason}
      </div>
    );
  }
  if (state.type === 'loading') return <div className="gallery-thumb is-loading" aria-hidden />;
  const { layout } = state;
  const radius = Math.min(3, layout.scale * 12);
  return (
    <svg
      className="gallery-thumb"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden
      data-nodes={layout.nodes.length}
      data-edges={layout.edges.length}
    >
      <g className="gallery-thumb-edges">
        {layout.edges.map((e, i) => (
          <line key={i} x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} />
        ))}
      </g>
      {layout.nodes.map((n) => (
        <rect
          key={n.id}
          className={`gallery-thumb-${n.category}`}
          x={n.x}
          y={n.y}
          width={n.width}
          height={n.height}
          rx={radius}
        />
      ))}
    </svg>
  );
}
