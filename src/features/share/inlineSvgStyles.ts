// html-to-image copies the computed style of every HTML element, but clones an <svg> whole,
// so the shapes inside it keep only their attributes: React Flow's edges, drawn by CSS classes,
// come out with no stroke (invisible). This copies what draws them from the page into the image.

const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'display',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The <svg> elements under `root` not inside another one below it, in document order. */
function outerSvgs(root: Element): Element[] {
  return [...root.getElementsByTagNameNS(SVG_NS, 'svg')].filter((svg) => {
    const above = svg.parentElement?.closest('svg');
    return !above || above === root;
  });
}

/**
 * Gives every shape inside the image's <svg> elements the paint it has on the page, as inline
 * style. `image` is the serialized clone of `live`; their <svg> subtrees match one to one
 * (html-to-image clones each whole). Returns the patched image text.
 */
export function inlineSvgStyles(image: string, live: Element): string {
  const doc = new DOMParser().parseFromString(image, 'image/svg+xml');
  // The image is itself an <svg> (holding the page in a foreignObject): look below it.
  const cloned = outerSvgs(doc.documentElement);
  const original = outerSvgs(live);
  original.forEach((svg, i) => {
    const copy = cloned[i];
    if (!copy) return;
    const from = [...svg.querySelectorAll('*')];
    const to = [...copy.querySelectorAll('*')];
    if (from.length !== to.length) return;
    from.forEach((el, j) => {
      const target = to[j]!;
      if (target.tagName !== el.tagName) return;
      const computed = window.getComputedStyle(el);
      const style = PAINT.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
      target.setAttribute('style', `${style};${target.getAttribute('style') ?? ''}`);
    });
  });
  return new XMLSerializer().serializeToString(doc);
}
