// Adds a stylesheet to the document once and resolves when it has loaded, so the page's first paint never waits on
// styles that only the live map needs (SvelteKit would otherwise link a lazy component's CSS in the <head>).
const loading = new Map<string, Promise<void>>();

export function loadStylesheet(href: string, doc: Document = document): Promise<void> {
	const known = loading.get(href);
	if (known) return known;
	const promise = new Promise<void>((ok, fail) => {
		const link = doc.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		link.addEventListener('load', () => ok());
		link.addEventListener('error', () => {
			loading.delete(href);
			link.remove();
			fail(new Error(`The map’s stylesheet did not load (${href})`));
		});
		doc.head.append(link);
	});
	loading.set(href, promise);
	return promise;
}
