// The one table of names for disputed places that story text may use, as {placeholders}; geo/ must agree with it.
import type { NameSet } from '../geo/labelFor';
import type { IslandId, NamingMode } from '../geo/types';

/**
 * The four islands' names as geo/islands.geojson must carry them (`name_ja`, `name_ru`, Latin script).
 * validateStory cross-checks these against the geo data when it is given the features' names.
 */
export const ISLAND_NAMES: Readonly<Record<IslandId, NameSet>> = {
	iturup: { name_ja: 'Etorofu', name_ru: 'Iturup' },
	kunashir: { name_ja: 'Kunashiri', name_ru: 'Kunashir' },
	shikotan: { name_ja: 'Shikotan', name_ru: 'Shikotan' },
	habomai: { name_ja: 'Habomai', name_ru: 'Khabomai' }
};

/**
 * Other disputed names that are not features in geo/: each side's name, rendered with labelFor like an island.
 * `nearest-islet` is the Habomai rock (with a lighthouse) closest to Cape Nosappu; the others are the Habomai
 * group's five larger islands (Japanese names: Cabinet Office, 北方領土の姿; Russian: the Russian names in use).
 */
export const OTHER_DISPUTED_NAMES: Readonly<Record<string, NameSet>> = {
	'nearest-islet': { name_ja: 'Kaigara', name_ru: 'Signalny' },
	suisho: { name_ja: 'Suisho', name_ru: 'Tanfilyeva' },
	yuri: { name_ja: 'Yuri', name_ru: 'Yuriy' },
	akiyuri: { name_ja: 'Akiyuri', name_ru: 'Anuchina' },
	shibotsu: { name_ja: 'Shibotsu', name_ru: 'Zelyony' },
	taraku: { name_ja: 'Taraku', name_ru: 'Polonsky' }
};

/**
 * Terms whose wording, not just a name, changes with the naming mode. "both" puts the administering side's
 * term first, as labelFor does. Every mode still says who administers and who claims where the term explains it.
 */
export const TERMS: Readonly<Record<string, Readonly<Record<NamingMode, string>>>> = {
	territories: {
		ja: 'the Northern Territories',
		ru: 'the Southern Kurils',
		both: 'the Southern Kurils / Northern Territories'
	},
	'territories-day': {
		ja: 'Northern Territories Day',
		ru: 'Japan’s Northern Territories Day',
		both: 'Japan’s Northern Territories Day'
	},
	'islands-name-note': {
		ja: 'Japan, which claims the islands, calls them the Northern Territories; Russia, which administers them, calls them the Southern Kurils',
		ru: 'Russia, which administers the islands, calls them the Southern Kurils; Japan, which claims them, calls them the Northern Territories',
		both: 'Russia, which administers the islands, calls them the Southern Kurils; Japan, which claims them, calls them the Northern Territories'
	}
};

/**
 * Words that name a disputed place directly. Outside quotes and source titles, story text must use a
 * placeholder instead, so that the naming switch reaches every sentence.
 */
export const DISPUTED_NAME_PATTERN =
	/\b(Etorofu|Iturup|Kunashiri?|Shikotan|Habomai|Khabomai|Kaigara(?:jima)?|Signalny|Suisho|Tanfilyeva|Yuriy?(?!\s+Ushakov)|Akiyuri|Anuchina|Shibotsu|Zelyony|Taraku|Polonsky|Northern Territories|Southern Kurils?|South Kurils?)\b/i;
