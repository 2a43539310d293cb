// The sitemap (the front page and every step's page) and robots.txt that points to it. Pure.
import { escapeXml } from '../text/escapeXml';
import type { StoryLanguage } from '../story/model';
import { frontPagePath, publicUrl, SITEMAP_PATH, stepPagePath } from './sharePaths';

/** Every page a reader can land on in one language: the front page first, then each step's page in story order. */
export function sitemapPaths(stepIds: readonly string[], base = ''): string[] {
	return [frontPagePath(base), ...stepIds.map((id) => stepPagePath(id, base))];
}

/**
 * Every page in every language, each with its alternates in the others (and x-default, the default language's), as
 * search engines read them (https://developers.google.com/search/docs/specialty/international/localized-versions).
 */
export function sitemapXml(site: string | null, stepIds: readonly string[], languages: readonly StoryLanguage[] = [{ lang: 'en', base: '' }]): string {
	const urls: string[] = [];
	const pages = [null, ...stepIds];
	const pathOf = (id: string | null, base: string): string => (id === null ? frontPagePath(base) : stepPagePath(id, base));
	for (const language of languages)
		for (const id of pages) {
			const alternates =
				languages.length > 1
					? [
							...languages.map(
								(l) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(l.lang)}" href="${escapeXml(publicUrl(site, pathOf(id, l.base)))}"/>`
							),
							`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(publicUrl(site, pathOf(id, languages[0]!.base)))}"/>`
						]
					: [];
			urls.push(
				`  <url>\n    <loc>${escapeXml(publicUrl(site, pathOf(id, language.base)))}</loc>${alternates.length ? `\n${alternates.join('\n')}` : ''}\n  </url>`
			);
		}
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}

export function robotsTxt(site: string | null): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${publicUrl(site, SITEMAP_PATH)}\n`;
}
