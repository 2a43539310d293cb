// The sitemap (the front page and every step's page) and robots.txt that points to it. Pure.
import { escapeXml } from '../static-map/renderStaticMap';
import { publicUrl, SITEMAP_PATH, stepPagePath } from './sharePaths';

/** Every page a reader can land on: the front page first, then each step's page in story order. */
export function sitemapPaths(stepIds: readonly string[]): string[] {
	return ['/', ...stepIds.map(stepPagePath)];
}

export function sitemapXml(site: string | null, stepIds: readonly string[]): string {
	const urls = sitemapPaths(stepIds).map((p) => `  <url><loc>${escapeXml(publicUrl(site, p))}</loc></url>`);
	return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

export function robotsTxt(site: string | null): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${publicUrl(site, SITEMAP_PATH)}\n`;
}
