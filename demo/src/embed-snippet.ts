// The markup a newsroom pastes into its page to show the current article's timeline.

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) =>
    character === '&' ? '&amp;' : character === '<' ? '&lt;' : character === '>' ? '&gt;' : '&quot;',
  );
}

export function embedSnippet(text: string, referenceDate: string | null): string {
  const dateAttribute = referenceDate ? ` reference-date="${escapeHtml(referenceDate)}"` : '';
  return [
    '<script type="module" src="news-timeline.js"></script>',
    `<news-timeline${dateAttribute}>${escapeHtml(text)}</news-timeline>`,
  ].join('\n');
}

/**
 * What the page shows of a snippet: all of a short one, the start of a long one (laying out a
 * 300 KB <pre> on every keystroke would stall typing). Copying always takes the whole snippet.
 */
export function snippetPreview(snippet: string, maxCharacters = 2000): string {
  if (snippet.length <= maxCharacters) return snippet;
  const rest = snippet.length - maxCharacters;
  return `${snippet.slice(0, maxCharacters)}…\n\n[${rest.toLocaleString('en')} more characters: “Copy the snippet” copies all of it]`;
}
