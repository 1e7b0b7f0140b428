/**
 * The sub-path the site is served under. BASE_PATH=/archive builds a site for
 * https://host/archive/; unset or "/", for a domain root. Always ends with a slash.
 */
export function normaliseBasePath(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	if (trimmed && !/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
		throw new Error(`BASE_PATH=${value} 不是有效的网址路径：只能使用字母、数字和 . _ ~ - /，例如 BASE_PATH=/archive。`);
	}
	return trimmed ? `/${trimmed}/` : '/';
}

/** Joins the site's base path and a path inside the site: withBase('/archive/', 'search/') → '/archive/search/'. */
export function joinBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
