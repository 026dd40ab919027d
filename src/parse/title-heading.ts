/**
 * A title the text does not print as a heading (a front matter's `title`, a page's `<title>`), made the
 * text's first-rank heading, so that the headline is read where the text is.
 */
import type { Heading } from 'mdast';
import type { Position } from 'unist';

/** A first-rank heading of `title`, at `position` when the source gives one. */
export function titleHeading(title: string, position: Position | undefined): Heading {
  return { type: 'heading', depth: 1, children: [{ type: 'text', value: title, ...(position ? { position } : {}) }], ...(position ? { position } : {}) };
}
