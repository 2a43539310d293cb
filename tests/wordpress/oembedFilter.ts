// What WordPress does with the html of an oEmbed answer from a provider it does not list (ours), ported from
// wp-includes/embed.php (WordPress 6.x) and kses.php, for the tests: wp_filter_oembed_result with the wp_kses call
// it makes (for the few tags it allows), esc_url on the src it rewrites, and wp_maybe_enqueue_oembed_host_js, which
// decides whether the page gets WordPress's host script (wp-embed.js) that sizes embeds. Left out:
// wp_filter_oembed_iframe_title_attribute, which runs first and only moves an iframe's existing title to the front of
// its attributes. The ports keep WordPress's own regular expressions where they decide what survives.

/** Allowed tags and, for each, its allowed attributes (lower case), as wp_kses takes them. */
export type AllowedHtml = Record<string, Record<string, true>>;

/** wp_filter_oembed_result's list, before the secret is added. */
export const OEMBED_ALLOWED_HTML: AllowedHtml = {
	a: { href: true },
	blockquote: {},
	iframe: { src: true, width: true, height: true, frameborder: true, marginwidth: true, marginheight: true, scrolling: true, title: true }
};

/** wp_allowed_protocols(), the ones a link in an embed could use. */
const ALLOWED_PROTOCOLS = [
	'http',
	'https',
	'ftp',
	'ftps',
	'mailto',
	'news',
	'irc',
	'irc6',
	'ircs',
	'gopher',
	'nntp',
	'feed',
	'telnet',
	'mms',
	'rtsp',
	'sms',
	'svn',
	'tel',
	'fax',
	'xmpp',
	'webcal',
	'urn'
];
/** Attributes wp_kses checks for a protocol (wp_kses_uri_attributes(), the ones these tags can carry). */
const URI_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'longdesc', 'usemap', 'xmlns']);
/** Named entities wp_kses_normalize_entities keeps (a subset of $allowedentitynames: the ones that matter here). */
const NAMED_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos', 'nbsp', 'hellip', 'middot', 'mdash', 'ndash', 'rsquo', 'lsquo', 'ldquo', 'rdquo', 'copy']);

/** wp_kses_normalize_entities: a bare & becomes &amp;; known named entities stay; numeric ones get at least 3 digits. */
export function normalizeEntities(text: string): string {
	const pad = (digits: string): string => digits.replace(/^0+/, '').padStart(3, '0');
	return text
		.replace(/&/g, '&amp;')
		.replace(/&amp;([A-Za-z]{2,8}[0-9]{0,2});/g, (m, name: string) => (NAMED_ENTITIES.has(name) ? `&${name};` : m))
		.replace(/&amp;#(0*[0-9]{1,7});/g, (m, n: string) => (Number(n) <= 0x10ffff ? `&#${pad(n)};` : m))
		.replace(/&amp;#[Xx](0*[0-9A-Fa-f]{1,6});/g, (m, h: string) => (parseInt(h, 16) <= 0x10ffff ? `&#x${h.replace(/^0+/, '') || '0'};` : m));
}

/** wp_kses_bad_protocol, simplified: a value whose scheme is not allowed loses it (WordPress strips it repeatedly). */
function badProtocol(value: string): string {
	let out = value;
	for (let i = 0; i < 6; i++) {
		const m = /^\s*([^\s:/?#]+):/.exec(out);
		if (!m || ALLOWED_PROTOCOLS.includes(m[1]!.toLowerCase())) return out;
		out = out.slice(m[0].length);
	}
	return out;
}

/** wp_kses_hair: a tag's attributes as name (lower case) -> value, the first of each name winning. */
function parseAttributes(text: string): Map<string, string> {
	const out = new Map<string, string>();
	const re = /([-a-zA-Z:]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
	for (const m of text.matchAll(re)) {
		const name = m[1]!.toLowerCase();
		if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? '');
	}
	return out;
}

/**
 * wp_kses for `allowed`: every tag it does not allow is removed (its text stays), allowed tags keep only allowed
 * attributes, written name="value"; comments go; entities are normalized.
 */
export function wpKses(html: string, allowed: AllowedHtml): string {
	const normalized = normalizeEntities(html.replace(/\0/g, ''));
	return normalized.replace(/(<!--[\s\S]*?(?:-->|$))|(<[^>]*(?:>|$)|>)/g, (tag: string) => {
		if (tag.startsWith('<!--')) return '';
		if (tag === '>') return '&gt;';
		const m = /^<\s*(\/\s*)?([a-zA-Z0-9-]+)([^>]*)>?$/.exec(tag);
		if (!m) return '';
		const name = m[2]!.toLowerCase();
		const attrs = allowed[name];
		if (!attrs) return '';
		if (m[1]) return `</${name}>`;
		let out = `<${name}`;
		for (const [attr, value] of parseAttributes(m[3]!)) {
			if (!attrs[attr]) continue;
			out += ` ${attr}="${URI_ATTRIBUTES.has(attr) ? badProtocol(value) : value}"`;
		}
		return `${out}${/\/\s*$/.test(m[3]!) ? ' /' : ''}>`;
	});
}

/** esc_url as the filter calls it (display context): unsafe characters dropped, entities normalized, & and ' encoded. */
export function escUrl(url: string): string {
	let out = url.trimStart().replace(/ /g, '%20');
	out = out.replace(/[^a-z0-9\-~+_.?#=!&;,/:%@$|*'()[\]\x80-\uffff]/gi, '');
	if (!out) return '';
	out = normalizeEntities(out).replace(/&amp;/g, '&#038;').replace(/'/g, '&#039;');
	return badProtocol(out) === out ? out : '';
}

/** PHP's str_replace: every occurrence. */
function replaceAll(text: string, search: string, replacement: string): string {
	return text.split(search).join(replacement);
}

/**
 * wp_filter_oembed_result for a "rich" or "video" answer from an unlisted provider: the html through wp_kses, then the
 * first blockquote before the last iframe and that iframe only, a secret on the iframe's src (#?secret=) and on both
 * elements (data-secret), and the iframe sandboxed. `false` (WordPress then shows a bare link) when no iframe is left.
 * `secret` stands for wp_generate_password(10, false).
 */
export function filterOembedResult(html: string, secret: string): string | false {
	const allowed: AllowedHtml = structuredClone(OEMBED_ALLOWED_HTML);
	let out = wpKses(html, allowed);
	// WordPress: preg_match( '|(<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)|ms', $html, $content )
	const content = /(<blockquote>[\s\S]*?<\/blockquote>)?[\s\S]*(<iframe[\s\S]*?><\/iframe>)/.exec(out);
	if (!content?.[2]) return false;
	const quote = content[1] ?? '';
	out = quote + content[2];
	// WordPress: preg_match( '/ src=([\'"])(.*?)\1/', $html, $results )
	const src = / src=(['"])(.*?)\1/.exec(out);
	if (src) {
		const q = src[1]!;
		const url = escUrl(`${src[2]}#?secret=${secret}`);
		out = replaceAll(out, src[0], ` src=${q}${url}${q} data-secret=${q}${secret}${q}`);
		out = replaceAll(out, '<blockquote', `<blockquote data-secret="${secret}"`);
	}
	allowed.blockquote!['data-secret'] = true;
	allowed.iframe!['data-secret'] = true;
	out = wpKses(out, allowed);
	if (quote) {
		// "We have a blockquote to fall back on. Hide the iframe by default."
		out = replaceAll(out, '<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
		out = replaceAll(out, '<blockquote', '<blockquote class="wp-embedded-content"');
	}
	return out.replace(/<iframe/gi, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** wp_maybe_enqueue_oembed_host_js (since 5.9): the page gets wp-embed.js only for an embed whose blockquote was kept. */
export function enqueuesHostScript(filtered: string): boolean {
	return /<blockquote\s[^>]*?wp-embedded-content/.test(filtered);
}
