// Text for XML (SVG maps, the sitemap): the five special characters escaped, those XML 1.0 forbids removed.

/** The characters XML 1.0 forbids, control characters among them (on purpose). */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text content and attribute values for XML: the five specials escaped, characters XML 1.0 forbids removed. */
export function escapeXml(text: string): string {
	return text.replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
