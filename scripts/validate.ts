// `npm run validate`: checks the geo/ layers and the story against them, printing every error; exits 1 on any.
//   --dir <folder>   check another folder of layers (the broken fixtures use this)
import { GEO_LAYER_IDS } from '../src/lib/geo/validateGeo';
import { checkData } from './checkData';
import { GEO_DIR } from './geoFiles';

function argValue(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i === -1 ? undefined : process.argv[i + 1];
}

const dir = argValue('--dir') ?? GEO_DIR;
const problems = checkData(undefined, dir);

if (problems.length > 0) {
	for (const line of problems) console.error(line);
	console.error(`${problems.length} error${problems.length === 1 ? '' : 's'}`);
	process.exit(1);
}
console.log(`OK: ${GEO_LAYER_IDS.length} geo layers in ${dir}/ and the story (src/lib/story/) are valid`);
