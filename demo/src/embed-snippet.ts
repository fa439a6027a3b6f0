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
