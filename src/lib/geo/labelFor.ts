// One rule for what a feature is called in each naming mode; geo/build.ts bakes its output into label_* properties.
import type { NamingMode } from './types';

export interface NameSet {
	name_ja: string;
	name_ru: string;
}

/**
 * Japanese mode gives the Japanese romaji name, Russian mode the Russian one (Latin script), and "both"
 * gives "Russian / Japanese" (the administering side's name first, the claimant's second), or one name
 * where the two agree (Tokyo, Shikotan).
 */
export function labelFor(names: NameSet, mode: NamingMode): string {
	if (mode === 'ja') return names.name_ja;
	if (mode === 'ru') return names.name_ru;
	return names.name_ja === names.name_ru ? names.name_ru : `${names.name_ru} / ${names.name_ja}`;
}
