// PUBLIC_BASEMAP_STYLE: a publisher may swap the bundled offline basemap for a remote MapLibre style URL.
/**
 * Returns the style URL to use, or null for the bundled offline basemap (the default and the tested path).
 * Only absolute https URLs (or http on localhost, for testing) are accepted; anything else is ignored with a warning.
 */
export function basemapStyleFrom(raw: string | undefined, warn: (msg: string) => void = console.warn): string | null {
	const value = raw?.trim();
	if (!value) return null;
	try {
		const url = new URL(value);
		const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
		if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return url.href;
	} catch {
		// fall through to the warning
	}
	warn(`PUBLIC_BASEMAP_STYLE="${value}" is not an https URL of a MapLibre style; using the bundled offline basemap.`);
	return null;
}
