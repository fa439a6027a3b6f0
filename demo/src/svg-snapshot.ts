// A standalone copy of the chart as drawn right now: the element's <svg part="chart"> with its
// computed styles written inline, since the custom properties and shadow styles that paint it
// do not travel with the markup.

const svgNamespace = 'http://www.w3.org/2000/svg';

/** Presentation properties that decide how SVG looks once its stylesheets are gone. */
const inlinedProperties = [
  'display',
  'visibility',
  'opacity',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
  'shape-rendering',
  'mix-blend-mode',
];

export function findChart(host: Element): SVGSVGElement | null {
  return host.shadowRoot?.querySelector<SVGSVGElement>('svg[part~="chart"]') ?? null;
}

/** Serializes the chart with its look inlined and the page background behind it. */
export function snapshotSvg(host: HTMLElement): { markup: string; width: number; height: number } {
  const chart = findChart(host);
  if (!chart) throw new Error('The timeline has not drawn its chart yet.');
  const box = chart.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const copy = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, copy);
  copy.setAttribute('xmlns', svgNamespace);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(svgNamespace, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', backgroundBehind(chart));
  copy.insertBefore(background, copy.firstChild);
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  return { markup, width, height };
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const declarations: string[] = [];
  for (const property of inlinedProperties) {
    const value = computed.getPropertyValue(property);
    if (value) declarations.push(`${property}:${value}`);
  }
  // Transforms set by CSS (rather than the attribute d3 writes) would otherwise be lost.
  if (!source.hasAttribute('transform') && computed.transform && computed.transform !== 'none') {
    declarations.push(`transform:${computed.transform}`);
  }
  target.setAttribute('style', declarations.join(';'));
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let index = 0; index < sourceChildren.length; index += 1) {
    const sourceChild = sourceChildren[index];
    const targetChild = targetChildren[index];
    if (sourceChild && targetChild) inlineStyles(sourceChild, targetChild);
  }
}

/** The first non-transparent background from the chart outwards (through the shadow host). */
function backgroundBehind(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
    }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return '#ffffff';
}

/** Draws the SVG onto a canvas at the screen's pixel density and returns PNG bytes. */
export async function rasterize(svg: { markup: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const image = new Image();
  image.decoding = 'sync';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.markup)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw to a canvas.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))), 'image/png');
  });
}
