/** What a key press means on the chart (d3-zoom has no keyboard support: this is ours). */
export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'select' | 'close' | 'zoom-in' | 'zoom-out' | 'fit' | 'pan-back' | 'pan-forward';

/** The key map, as data: `KeyboardEvent.key` → action. */
export const KEY_ACTIONS: Readonly<Record<string, KeyAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  Enter: 'select',
  ' ': 'select',
  Escape: 'close',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  '−': 'zoom-out',
  _: 'zoom-out',
  '0': 'fit',
  PageUp: 'pan-back',
  PageDown: 'pan-forward',
};

export function keyAction(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): KeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  return KEY_ACTIONS[event.key] ?? null;
}
