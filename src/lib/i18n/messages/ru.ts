// Every word of the interface, in Russian: a translation of en.ts, key for key. Sentences are built so that names the
// engine passes in (a country, a language's name, an author) stay in the nominative case, which is the only form the
// engine has; numbers and dates go through Intl (ru-RU), plurals through Intl.PluralRules (one / few / many / other).
import type { StepKind } from '../../story/stepKinds';
import { formatDate, formatNumber, plural } from '../format';
import type { Messages } from './en';

const LANG = 'ru';
const LOCALE = 'ru-RU';

export const ru = {
	meta: {
		/** BCP 47: the page's `lang`, and the story folder's language. */
		lang: LANG,
		/** The conventions numbers and dates follow (Intl): "15 декабря 2016 г.", "17 291". */
		locale: LOCALE,
		/** The language's own name, in the language control. */
		name: 'Русский',
		/** Open Graph's og:locale. */
		ogLocale: 'ru_RU',
		/** The text's direction. */
		dir: 'ltr' as 'ltr' | 'rtl'
	},

	/** The explainer's name, as a publisher's series line and in titles. */
	site: { name: 'treaty-map', series: 'treaty-map: карты с пояснениями' },

	header: {
		/** Before the linked headline. */
		basedOn: 'По мотивам авторской колонки',
		/** After it: who wrote it, where, when, and how the explainer treats its argument. */
		byline: (author: string, publisher: string, published: string): string =>
			`(автор — ${[author, publisher, published].filter(Boolean).join(', ')}). Доводы автора выделены под заголовком «${author} считает»; всё остальное можно проверить по источникам.`,
		hint: 'Прокручивайте страницу, нажимайте кнопки внизу или клавиши ↓/↑ (Page Down/Up, Home/End), чтобы переходить от шага к шагу.',
		storySteps: 'Шаги рассказа'
	},

	language: {
		/** The language control's name. */
		label: 'Язык',
		/** A link's accessible name: the story in another language. */
		readIn: (name: string): string => `Читать этот рассказ на другом языке: ${name}`
	},

	footer: {
		heading: 'Об этой карте',
		/** The bundled basemap's credit; {link} is the dataset's name, linked. */
		basemap: 'Суша и границы: {link} (общественное достояние).',
		/** The credit of a story layer drawn from OpenStreetMap; {link} is its contributors, linked. */
		osm: 'Контуры: © {link} (ODbL).'
	},

	step: {
		of: (n: number, count: number): string => `Шаг ${formatNumber(n, LANG)} из ${formatNumber(count, LANG)}`,
		/** The compact count in the embed's stepper. */
		short: (n: number, count: number): string => `${formatNumber(n, LANG)} из ${formatNumber(count, LANG)}`,
		argues: (author: string): string => `${author} считает`,
		argumentRegion: (author: string): string => `Доводы автора: ${author}`,
		/** Under a block quotation: who said it, and through whom the story has it. */
		quotedBy: (speaker: string, author: string): string => `— ${speaker} (цитируется по колонке; автор — ${author})`,
		said: (speaker: string): string => `— ${speaker}`,
		mapLabel: 'Карта:',
		mapAlt: (title: string): string => `Карта: ${title}`,
		sources: (count: number): string => `Источники (${formatNumber(count, LANG)})`,
		onTheRecord: 'Факты',
		/** After a quotation in translation: a short mark, and what it says in full. */
		translatedMark: 'пер.',
		translated: (fromLanguage: string): string => `перевод (язык оригинала — ${fromLanguage})`,
		/** The list of a step's quotations with their originals (in its sources). */
		quotations: (count: number): string => {
			const n = formatNumber(count, LANG);
			return plural(LANG, count, {
				one: `${n} цитата в этом шаге`,
				few: `${n} цитаты в этом шаге`,
				many: `${n} цитат в этом шаге`,
				other: `${n} цитаты в этом шаге`
			});
		},
		original: 'оригинал',
		translatedBy: (by: string): string => `перевод: ${by}`,
		ourTranslation: 'перевод наш',
		/** A source in another language than the page's. */
		inLanguage: (language: string): string => `язык: ${language}`,
		/** Between a source and what it supports in the step. */
		supportsSeparator: ' — '
	},

	/** What each kind of step is called, and what its checkable part is headed. */
	kind: {
		intro: { label: 'Вступление', facts: 'Факты' },
		argument: { label: 'Довод автора', facts: 'Факты' },
		context: { label: 'Контекст', facts: 'Справка, а не доводы автора' },
		conclusion: { label: 'Вывод', facts: 'Факты' }
	} satisfies Record<StepKind, { label: string; facts: string }>,

	stepper: {
		previous: 'Назад',
		next: 'Далее',
		previousStep: 'Предыдущий шаг',
		nextStep: 'Следующий шаг',
		progress: 'Сколько рассказа пройдено',
		fullStory: 'Весь рассказ',
		/** Said in an embed whose frame may open no link (a sandbox that forbids both new tabs and leaving the page). */
		linkBlocked: 'Эта страница не позволяет встроенной карте открывать ссылки: скопируйте адрес, чтобы прочитать материал целиком.'
	},

	names: {
		/** The names switch's name. */
		legend: 'Названия мест',
		/** The table of each side's names, under the story. */
		table: 'Названия мест у каждой из сторон и их источники',
		/** Under a side's column heading: where its names come from, unless a name says otherwise. */
		usualSource: (source: string): string => `Источник: ${source}`,
		/** After a name that has a source of its own. */
		nameSource: 'источник',
		/** Where the names of places that neither side disputes come from; {link} is the source. */
		others: 'Места, о которых стороны не спорят: {link}.'
	},

	motion: { toggle: 'Анимация карты' },

	share: {
		summary: 'Поделиться / встроить',
		link: 'Ссылка на этот шаг',
		script: 'Код для вставки: адаптивный (скрипт)',
		iframe: 'Код для вставки: простой iframe',
		copy: 'Копировать',
		copied: { link: 'Ссылка скопирована.', script: 'Код со скриптом скопирован.', iframe: 'Код iframe скопирован.' },
		copyFailed: 'Не удалось скопировать: выделите текст и скопируйте его вручную.',
		/** Opens the device's share sheet with the step's link. */
		share: 'Поделиться…',
		shareFailed: 'Не удалось открыть меню «Поделиться»: скопируйте ссылку.'
	},

	explore: {
		start: 'Исследовать карту',
		startShort: 'Карта',
		back: '← К рассказу',
		backShort: '← Рассказ',
		features: (count: number): string => `Объекты на карте (${formatNumber(count, LANG)})`,
		featuresShort: (count: number): string => `Объекты (${formatNumber(count, LANG)})`
	},

	announce: {
		step: (n: number, count: number, title: string, description: string): string =>
			`Шаг ${formatNumber(n, LANG)} из ${formatNumber(count, LANG)}: ${title}. ${description}`,
		/** `names`: the chosen names' words, e.g. "российские названия". */
		names: (names: string): string => `Теперь показаны ${names}. Кто управляет местами и кто на них претендует, не изменилось.`,
		exploring: 'Режим исследования карты. Стрелки сдвигают карту, плюс и минус меняют масштаб, Escape возвращает к рассказу.',
		backToStory: (n: number, count: number, title: string): string => `Снова рассказ: шаг ${formatNumber(n, LANG)} из ${formatNumber(count, LANG)}, ${title}.`,
		feature: (name: string, description: string, status: string): string => `${name}: ${description}${status}`,
		status: (administeredBy: string, claimedBy: string): string => ` Управляет: ${administeredBy}; претендует: ${claimedBy}.`
	},

	map: {
		region: 'Карта мест из рассказа',
		embedRegion: (title: string): string => `Карта: ${title}`,
		canvasStory: 'Карта текущего шага (следует за рассказом; чтобы двигать и масштабировать её, нажмите «Исследовать карту»)',
		canvasExplore: 'Интерактивная карта: стрелки сдвигают, плюс и минус меняют масштаб, Shift со стрелками поворачивает, Escape возвращает к рассказу',
		failed: (why: string | null): string =>
			`Интерактивную карту не удалось запустить${why ? `: ${why}` : ''}. В каждом шаге есть статичная карта и описание словами того, что на ней показано.`,
		noWebgl: 'этот браузер не может её нарисовать: WebGL недоступен или отключён',
		dataFailed: 'Не удалось загрузить данные карты.',
		contextLost: 'Браузер потерял контекст WebGL, в котором рисуется карта.',
		popup: (name: string): string => `Подробнее: ${name}`,
		legend: 'Легенда карты',
		key: 'Легенда',
		inset: (region: string): string => `Обзорная карта: текущий вид в пределах региона «${region}»`
	},

	popup: {
		/** A side's own name for the place, in its own script. */
		ownName: 'собственное название',
		administeredBy: 'Управляет',
		claimedBy: 'Претендует',
		area: 'Площадь',
		officialFigure: 'официальные данные',
		measured: 'по контуру на этой карте',
		length: 'Длина',
		treaty: 'Основание',
		date: 'Дата',
		source: 'Источник',
		outline: 'Контур'
	},

	format: {
		/** An aside in brackets, after a word: " (in Russian)". */
		paren: (text: string): string => ` (${text})`,
		/** Between the items of a list: a source's author, publisher and date. */
		list: ', ',
		/** Between the parts of a note: a quotation, its language, its original, its translator. */
		notes: '; ',
		/** A label before what it names: "original: ". */
		label: (label: string): string => `${label}: `,
		/** A quotation set apart (a block quotation), in the language's quotation marks. */
		quote: (text: string): string => `«${text}»`,
		/** "15 декабря 2016 г.", "январь 2018 г.", "1855 г.". */
		date: (iso: string): string => formatDate(iso, LOCALE),
		km2: (n: number): string => `${formatNumber(n, LANG, 1)} км²`,
		km: (n: number): string => `${formatNumber(n, LANG, 1)} км`
	}
} satisfies Messages;

export default ru;
