// `npm run validate`: checks the geo/ layers (and, later, the story), printing every error; exits 1 on any.
import { formatGeoError, GEO_LAYER_IDS } from '../src/lib/geo/validateGeo';
import { checkGeoDir, GEO_DIR } from './geoFiles';

function argValue(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i === -1 ? undefined : process.argv[i + 1];
}

const dir = argValue('--dir') ?? GEO_DIR;
const problems: string[] = [];

const geoErrors = checkGeoDir(dir);
problems.push(...geoErrors.map(formatGeoError));

// ---- Story validator goes here: push its formatted errors into `problems` (same "file: step: field: message" shape). ----

if (problems.length > 0) {
	for (const line of problems) console.error(line);
	console.error(`${problems.length} error${problems.length === 1 ? '' : 's'}`);
	process.exit(1);
}
console.log(`OK: ${GEO_LAYER_IDS.length} geo layers in ${dir}/ are valid`);
