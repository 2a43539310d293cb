import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_HTML } from './attribution';

describe('ATTRIBUTION_HTML', () => {
	it('credits Natural Earth and OpenStreetMap contributors, each linking to its terms', () => {
		expect(ATTRIBUTION_HTML).toContain('>Natural Earth</a>');
		expect(ATTRIBUTION_HTML).toContain('href="https://www.naturalearthdata.com/"');
		expect(ATTRIBUTION_HTML).toContain('© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>');
	});
});
