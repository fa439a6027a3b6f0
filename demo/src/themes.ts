// The demo's themes: nothing but <news-timeline>'s public --nt-* custom properties, so the CSS
// shown for each is exactly what a newsroom would copy into its own stylesheet.

export type TokenName = `--nt-${string}`;

export interface Theme {
  id: string;
  name: string;
  description: string;
  properties: Record<TokenName, string>;
}

export const themes: readonly Theme[] = [
  {
    id: 'newsroom',
    name: 'Newsroom light',
    description: 'Ink on newsprint: a serif, warm paper and one red accent.',
    properties: {
      '--nt-font-family': 'Georgia, "Times New Roman", serif',
      '--nt-color-background': '#fbfaf6',
      '--nt-color-surface': '#ffffff',
      '--nt-color-text': '#1d1d1b',
      '--nt-color-muted': '#57534e',
      '--nt-color-border': '#78716c',
      '--nt-color-grid': '#e7e5df',
      '--nt-color-event': '#b3261e',
      '--nt-color-band': '#1f5f8b',
      '--nt-color-selected': '#1d1d1b',
      '--nt-color-highlight': '#a15c00',
      '--nt-color-focus': '#1d4ed8',
      '--nt-color-reference': '#1d4ed8',
      '--nt-color-cluster': '#44403c',
      '--nt-color-cluster-text': '#ffffff',
      '--nt-color-mention': '#fde68a',
      '--nt-color-mention-text': '#1d1d1b',
      '--nt-color-error': '#b3261e',
    },
  },
  {
    id: 'dark',
    name: 'Dark',
    description: 'Light text on near-black, for dark pages and apps.',
    properties: {
      '--nt-font-family': 'system-ui, sans-serif',
      '--nt-color-background': '#16181d',
      '--nt-color-surface': '#22262e',
      '--nt-color-text': '#e8eaed',
      '--nt-color-muted': '#b0b6bf',
      '--nt-color-border': '#8a939e',
      '--nt-color-grid': '#2c313a',
      '--nt-color-event': '#7cc4ff',
      '--nt-color-band': '#c4a7ff',
      '--nt-color-selected': '#ffb454',
      '--nt-color-highlight': '#ffd166',
      '--nt-color-focus': '#a8c7fa',
      '--nt-color-reference': '#ff8a80',
      '--nt-color-cluster': '#c3cbd6',
      '--nt-color-cluster-text': '#16181d',
      '--nt-color-mention': '#5c4a00',
      '--nt-color-mention-text': '#fff6d5',
      '--nt-color-error': '#ff8a80',
    },
  },
  {
    id: 'high-contrast',
    name: 'High contrast',
    description: 'Black, white and pure colours, with thicker focus rings and marks.',
    properties: {
      '--nt-font-family': 'system-ui, sans-serif',
      '--nt-font-size': '16px',
      '--nt-label-font-size': '14px',
      '--nt-point-radius': '8px',
      '--nt-focus-width': '4px',
      '--nt-color-background': '#000000',
      '--nt-color-surface': '#000000',
      '--nt-color-text': '#ffffff',
      '--nt-color-muted': '#ffffff',
      '--nt-color-border': '#ffffff',
      '--nt-color-grid': '#808080',
      '--nt-color-event': '#ffff00',
      '--nt-color-band': '#00ffff',
      '--nt-color-selected': '#00ff00',
      '--nt-color-highlight': '#ff9f1a',
      '--nt-color-focus': '#00ffff',
      '--nt-color-reference': '#ff80ff',
      '--nt-color-cluster': '#ffffff',
      '--nt-color-cluster-text': '#000000',
      '--nt-color-mention': '#ffff00',
      '--nt-color-mention-text': '#000000',
      '--nt-color-error': '#ff8080',
    },
  },
];

export function themeCss(theme: Theme, selector = 'news-timeline'): string {
  const lines = Object.entries(theme.properties).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}

/** Applies a theme to the page root: the element inherits the properties, the page reuses them. */
export function applyTheme(root: HTMLElement, theme: Theme, previous: Theme | null): void {
  if (previous) for (const name of Object.keys(previous.properties)) root.style.removeProperty(name);
  for (const [name, value] of Object.entries(theme.properties)) root.style.setProperty(name, value);
  root.dataset.theme = theme.id;
}
