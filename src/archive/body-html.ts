/**
 * An item's rendered body (collection/render-item.ts) made ready for its page, which knows what the
 * loader cannot: the site's base path and the current titles of other items. The HTML is the
 * loader's own output, where text never holds a raw "<", so the markers below are found exactly.
 */
import { paths, withBase } from './urls.ts';

/** A stretch of the body's HTML, or the place of the body's n-th photo. */
export type BodyPart = { html: string } | { photo: number };

export interface BodyHtmlOptions {
	/** The site's base path (/archive/). */
	base: string;
	/** The title of an item of the archive, by id; undefined for none. */
	titleOf: (id: string) => string | undefined;
}

const PHOTO = /<figure class="photo" data-photo="(\d+)"><\/figure>/;
const RELATED = /<a data-related="([^"<>]+)">[^<]*<\/a>/g;
/** A link a hand edit wrote to a path of the site (/kjrb/…): under the base path on the built site. */
const SITE_LINK = /<a href="\/(?!\/)/g;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** HTML the loader rendered with its links to the site's own paths (/kjrb/…) under the base path. */
export function withSiteLinks(html: string, base: string): string {
	return html.replace(SITE_LINK, `<a href="${withBase(base, '')}`);
}

export function bodyParts(html: string, { base, titleOf }: BodyHtmlOptions): BodyPart[] {
	const linked = withSiteLinks(html, base).replace(
		RELATED,
		(_, id: string) => `<a href="${withBase(base, paths.item(id))}">${escapeHtml(titleOf(id) ?? id)}</a>`,
	);
	const parts: BodyPart[] = [];
	const pieces = linked.split(PHOTO);
	// split() with one capture group alternates: html, photo index, html, …
	pieces.forEach((piece, index) => {
		if (index % 2 === 1) parts.push({ photo: Number(piece) });
		else if (piece.trim() !== '') parts.push({ html: piece });
	});
	return parts;
}
