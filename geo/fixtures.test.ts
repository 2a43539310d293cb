// The validator against broken files: each error names the file, the feature and the field.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGeoFiles } from '../scripts/geoFiles';
import { formatGeoError, GEO_LAYER_IDS, validateGeo, type GeoError, type GeoLayerId } from '../src/lib/geo/validateGeo';

const committed = loadGeoFiles('geo');

/** The committed layers with one replaced by the same layer from geo/fixtures/<name>/. */
function withFixture(name: string, layer: GeoLayerId): { files: Record<string, unknown>; file: string } {
	const file = `geo/fixtures/${name}/${layer}.geojson`;
	const files = { ...committed };
	delete files[`geo/${layer}.geojson`];
	files[file] = loadGeoFiles(`geo/fixtures/${name}`)[file];
	return { files, file };
}

/** Asserts the formatted error names the file, the feature and the field. */
function expectNamed(e: GeoError, file: string, id: string, field: string): void {
	expect(formatGeoError(e)).toContain(`${file}: feature "${id}": field "${field}": `);
}

describe('broken fixtures', () => {
	it('a missing file is named', () => {
		const errors = validateGeo(loadGeoFiles('geo/fixtures/missing-file'));
		expect(errors).toEqual(GEO_LAYER_IDS.map((l) => ({ file: `geo/fixtures/missing-file/${l}.geojson`, message: 'file not found' })));
	});

	it('malformed JSON is named, with the parser’s reason', () => {
		const { files, file } = withFixture('malformed-json', 'places');
		const errors = validateGeo(files);
		expect(errors).toEqual([{ file, message: expect.stringMatching(/^malformed JSON \(.+\)$/) }]);
	});

	it('an unknown island id is rejected, and the island it replaced is missed', () => {
		const { files, file } = withFixture('unknown-island-id', 'islands');
		const errors = validateGeo(files);
		expect(errors).toHaveLength(2);
		expectNamed(errors[0]!, file, 'urup', 'id');
		expect(errors[0]!.message).toBe('unknown island id "urup" (expected iturup, kunashir, shikotan, habomai)');
		expectNamed(errors[1]!, file, 'habomai', 'id');
		expect(errors[1]!.message).toMatch(/^missing: this layer must hold iturup, kunashir, shikotan, habomai$/);
	});

	it('a duplicate id is named', () => {
		const { files, file } = withFixture('duplicate-id', 'places');
		const errors = validateGeo(files);
		expectNamed(errors[0]!, file, 'nagato', 'id');
		expect(errors[0]!.message).toBe('duplicate id "nagato" in this file');
		expect(errors.map((e) => e.id)).toEqual(['nagato', 'tokyo']); // tokyo, renamed, is now missing
	});

	it('a place outside its region, and one outside STORY_BBOX, are named', () => {
		const { files, file } = withFixture('place-outside-region', 'places');
		const errors = validateGeo(files);
		expect(errors).toHaveLength(3);
		const bounds = errors.find((e) => e.id === 'danang' && e.field === 'geometry')!;
		expectNamed(bounds, file, 'danang', 'geometry');
		expect(bounds.message).toMatch(/^lies outside STORY_BBOX \[30, 5, 160, 62\]/);
		const region = errors.find((e) => e.id === 'nagato')!;
		expectNamed(region, file, 'nagato', 'region');
		expect(region.message).toBe('says "russia" but the point [131.179, 34.3245] lies in japan');
		expect(errors.find((e) => e.id === 'danang' && e.field === 'region')!.message).toMatch(/lies in none of the region boxes/);
	});

	it('a clockwise exterior ring is named', () => {
		const { files, file } = withFixture('wrong-winding', 'islands');
		const errors = validateGeo(files);
		expect(errors).toHaveLength(1);
		expectNamed(errors[0]!, file, 'iturup', 'geometry');
		expect(errors[0]!.message).toMatch(/^exterior ring winds clockwise; RFC 7946 wants/);
	});

	it('a self-intersection is named, with where it is', () => {
		const { files, file } = withFixture('self-intersection', 'islands');
		const errors = validateGeo(files);
		const kink = errors.find((e) => /crosses or touches itself/.test(e.message))!;
		expectNamed(kink, file, 'kunashir', 'geometry');
		expect(kink.message).toBe('crosses or touches itself at [145.95, 44.09]');
		expect(errors.every((e) => e.id === 'kunashir')).toBe(true);
	});

	it('a missing property is named', () => {
		const { files, file } = withFixture('missing-property', 'places');
		const errors = validateGeo(files);
		expect(errors).toEqual([{ file, id: 'nagato', field: 'source', message: 'missing' }]);
		expect(formatGeoError(errors[0]!)).toBe(`${file}: feature "nagato": field "source": missing`);
	});
});

/** A deep copy of one committed layer, to break in memory. */
function layer(name: GeoLayerId): { features: { id: string; properties: Record<string, unknown>; geometry: { coordinates: unknown } }[] } {
	return structuredClone(committed[`geo/${name}.geojson`]) as ReturnType<typeof layer>;
}

function validateWith(name: GeoLayerId, data: unknown): GeoError[] {
	return validateGeo({ ...committed, [`geo/${name}.geojson`]: data });
}

describe('rules across the committed data', () => {
	it('area_km2 must match the geometry', () => {
		const islands = layer('islands');
		islands.features[0]!.properties.area_km2 = 3000;
		const errors = validateWith('islands', islands);
		expect(errors).toEqual([
			{ file: 'geo/islands.geojson', id: 'iturup', field: 'area_km2', message: expect.stringMatching(/^says 3000 km² but the geometry measures 316\d\.\d km²/) }
		]);
	});

	it('islands must lie inside ISLANDS_BBOX', () => {
		const islands = layer('islands');
		const habomai = islands.features[3]!;
		habomai.geometry.coordinates = (habomai.geometry.coordinates as number[][][][]).map((p) => p.map((r) => r.map(([x, y]) => [x! - 1, y!])));
		const errors = validateWith('islands', islands).filter((e) => e.field === 'geometry');
		expect(errors).toEqual([{ file: 'geo/islands.geojson', id: 'habomai', field: 'geometry', message: expect.stringMatching(/^lies outside ISLANDS_BBOX/) }]);
	});

	it('ids are unique across the story layers', () => {
		const lines = layer('lines');
		const shimoda = lines.features[0]! as { id: string; properties: Record<string, unknown> };
		shimoda.id = 'nagato';
		shimoda.properties.id = 'nagato';
		const errors = validateWith('lines', lines);
		expect(errors).toContainEqual({ file: 'geo/lines.geojson', id: 'nagato', field: 'id', message: 'duplicate id: also used in geo/places.geojson' });
	});

	it('a place on a disputed island is "disputed", not "japan" or "russia"', () => {
		const places = layer('places');
		places.features.find((f) => f.id === 'iturup-airport')!.properties.region = 'russia';
		expect(validateWith('places', places)).toEqual([
			{ file: 'geo/places.geojson', id: 'iturup-airport', field: 'region', message: 'says "russia" but the point [147.95583, 45.25639] lies in disputed' }
		]);
	});

	it('the Nosappu gap must carry its length, and the right one', () => {
		const lines = layer('lines');
		const gap = lines.features.find((f) => f.id === 'nosappu-gap')!;
		gap.properties.length_km = null;
		expect(validateWith('lines', lines)).toEqual([
			{ file: 'geo/lines.geojson', id: 'nosappu-gap', field: 'length_km', message: 'must be set: this line is shown for its length' }
		]);
		gap.properties.length_km = 3.7;
		expect(validateWith('lines', lines)[0]!.message).toMatch(/^says 3.7 km but the line measures 3\.\d\d km$/);
	});

	it('a border must say its date and its treaty', () => {
		const lines = layer('lines');
		const border = lines.features.find((f) => f.id === 'portsmouth-1905')!;
		border.properties.date = null;
		border.properties.treaty = null;
		expect(validateWith('lines', lines)).toEqual([
			{ file: 'geo/lines.geojson', id: 'portsmouth-1905', field: 'date', message: 'must be set: a border says when it was drawn' },
			{ file: 'geo/lines.geojson', id: 'portsmouth-1905', field: 'treaty', message: 'must be set: a border names the treaty (or the event) that drew it' }
		]);
	});

	it('popup and key text names a disputed place only through a placeholder that resolves', () => {
		const places = layer('places');
		const airport = places.features.find((f) => f.id === 'iturup-airport')!;
		airport.properties.name_en = 'Iturup airport (Yasny)';
		airport.properties.description = 'Civil airport on {iturupp}.';
		const islands = layer('islands');
		islands.features.find((f) => f.id === 'habomai')!.properties.description = 'Low islets such as Suisho, off { nearest-islet }.';
		const errors = [...validateWith('places', places), ...validateWith('islands', islands)];
		expect(errors).toEqual([
			{
				file: 'geo/places.geojson',
				id: 'iturup-airport',
				field: 'name_en',
				message: 'names “Iturup” directly: use its placeholder, so the naming switch reaches it'
			},
			{ file: 'geo/places.geojson', id: 'iturup-airport', field: 'description', message: 'unknown placeholder(s) {iturupp}' },
			{ file: 'geo/islands.geojson', id: 'habomai', field: 'description', message: 'has a stray brace: placeholders are written {key}' },
			{
				file: 'geo/islands.geojson',
				id: 'habomai',
				field: 'description',
				message: 'names “Suisho” directly: use its placeholder, so the naming switch reaches it'
			}
		]);
	});
});

describe('scripts/validate.ts', () => {
	const dirs: string[] = [];
	afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

	function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
		return { status: r.status, stdout: r.stdout, stderr: r.stderr };
	}

	it('exits 1 and prints each error with its file, feature and field', () => {
		const dir = mkdtempSync(join(tmpdir(), 'treaty-geo-'));
		dirs.push(dir);
		for (const f of readdirSync('geo').filter((n) => n.endsWith('.geojson'))) copyFileSync(join('geo', f), join(dir, f));
		copyFileSync('geo/fixtures/missing-property/places.geojson', join(dir, 'places.geojson'));
		const r = runCli('--dir', dir);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`${join(dir, 'places.geojson')}: feature "nagato": field "source": missing`);
		expect(r.stderr).toContain('1 error');
	}, 60_000);

	it('names every missing file', () => {
		const r = runCli('--dir', 'geo/fixtures/missing-file');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('geo/fixtures/missing-file/islands.geojson: file not found');
		expect(r.stderr).toContain('7 errors');
	}, 60_000);
});
