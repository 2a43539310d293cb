// Every word of the interface, in Simplified Chinese (mainland conventions: full-width punctuation, 2016年12月15日).
// A translation of en.ts: the same keys and parameters, typed by `Messages`, so a missing key or a wrong parameter
// fails svelte-check and npm test. The story's own words are in its content folder (zh-Hans/).
import type { StepKind } from '../../story/stepKinds';
import { formatDate, formatNumber, plural } from '../format';
import type { Messages } from './en';

const LANG = 'zh-Hans';

export const zhHans: Messages = {
	meta: {
		/** BCP 47: the page's `lang`, and the story folder's language. */
		lang: LANG,
		/** The conventions numbers and dates follow (Intl): "2016年12月15日". */
		locale: 'zh-Hans-CN',
		/** The language's own name, in the language control. */
		name: '简体中文',
		/** Open Graph's og:locale. */
		ogLocale: 'zh_CN',
		/** The text's direction. */
		dir: 'ltr'
	},

	/** The explainer's name, as a publisher's series line and in titles. */
	site: { name: 'treaty-map', series: 'treaty-map 地图解读' },

	header: {
		/** Before the linked headline. */
		basedOn: '本解读依据评论',
		/** After it: who wrote it, where, when, and how the explainer treats its argument. */
		byline: (author: string, publisher: string, published: string): string =>
			`一文，作者${author}（${publisher}，${published}）。作者的论点单独列出，标为“${author}认为”；其余内容均可核查，并注明出处。`,
		hint: '向下滚动、使用下方按钮，或按↓/↑键（Page Down/Up、Home/End）逐步浏览。',
		storySteps: '故事步骤'
	},

	language: {
		/** The language control's name. */
		label: '语言',
		/** A link's accessible name: the story in another language. */
		readIn: (name: string): string => `阅读本文的${name}版本`
	},

	footer: {
		heading: '关于本地图',
		/** The bundled basemap's credit; {link} is the dataset's name, linked. */
		basemap: '陆地与边界：{link}（公有领域）。',
		/** The credit of a story layer drawn from OpenStreetMap; {link} is its contributors, linked. */
		osm: '轮廓：© {link}（ODbL）。'
	},

	step: {
		of: (n: number, count: number): string => `第${formatNumber(n, LANG)}步，共${formatNumber(count, LANG)}步`,
		/** The compact count in the embed's stepper. */
		short: (n: number, count: number): string => `${formatNumber(n, LANG)}/${formatNumber(count, LANG)}`,
		argues: (author: string): string => `${author}认为`,
		argumentRegion: (author: string): string => `${author}的论点`,
		/** Under a block quotation: who said it, and through whom the story has it. */
		quotedBy: (speaker: string, author: string): string => `——${speaker}，转引自${author}`,
		said: (speaker: string): string => `——${speaker}`,
		mapLabel: '地图：',
		mapAlt: (title: string): string => `地图：${title}`,
		sources: (count: number): string => `资料来源（${formatNumber(count, LANG)}）`,
		onTheRecord: '有据可查',
		/** After a quotation in translation: a short mark, and what it says in full. */
		translatedMark: '译',
		translated: (fromLanguage: string): string => `译自${fromLanguage}`,
		/** The list of a step's quotations with their originals (in its sources). */
		quotations: (count: number): string => plural(LANG, count, { other: '本步骤中的引语' }),
		original: '原文',
		translatedBy: (by: string): string => `译文：${by}`,
		ourTranslation: '译文：本站自译',
		/** A source in another language than the page's. */
		inLanguage: (language: string): string => language,
		/** Between a source and what it supports in the step. */
		supportsSeparator: '：'
	},

	/** What each kind of step is called, and what its checkable part is headed. */
	kind: {
		intro: { label: '引言', facts: '有据可查' },
		argument: { label: '论点', facts: '有据可查' },
		context: { label: '背景', facts: '背景资料，并非作者的论点' },
		conclusion: { label: '结论', facts: '有据可查' }
	} satisfies Record<StepKind, { label: string; facts: string }>,

	stepper: {
		previous: '上一步',
		next: '下一步',
		previousStep: '上一步',
		nextStep: '下一步',
		progress: '阅读进度',
		fullStory: '完整故事',
		/** Said in an embed whose frame may open no link (a sandbox that forbids both new tabs and leaving the page). */
		linkBlocked: '此页面不允许嵌入内容打开链接：请复制地址，阅读完整报道。'
	},

	names: {
		/** The names switch's name. */
		legend: '地名',
		/** The table of each side's names, under the story. */
		table: '双方的地名及其出处',
		/** Under a side's column heading: where its names come from, unless a name says otherwise. */
		usualSource: (source: string): string => `出处：${source}`,
		/** After a name that has a source of its own. */
		nameSource: '出处',
		/** Where the names of places that neither side disputes come from; {link} is the source. */
		others: '双方没有争议的地名：{link}。'
	},

	motion: { toggle: '地图动画' },

	share: {
		summary: '分享/嵌入',
		link: '本步骤的链接',
		script: '嵌入代码：自适应（脚本）',
		iframe: '嵌入代码：普通iframe',
		copy: '复制',
		copied: { link: '链接已复制。', script: '脚本代码已复制。', iframe: 'iframe代码已复制。' },
		copyFailed: '无法复制：请选中文本后手动复制。',
		/** Opens the device's share sheet with the step's link. */
		share: '分享…',
		shareFailed: '无法打开分享功能：请改为复制链接。'
	},

	explore: {
		start: '自由浏览地图',
		startShort: '浏览',
		back: '← 返回故事',
		backShort: '← 故事',
		features: (count: number): string => `地图上的要素（${formatNumber(count, LANG)}）`,
		featuresShort: (count: number): string => `要素（${formatNumber(count, LANG)}）`
	},

	announce: {
		step: (n: number, count: number, title: string, description: string): string =>
			`第${formatNumber(n, LANG)}步，共${formatNumber(count, LANG)}步：${title}。${description}`,
		/** `names`: the chosen names' words, e.g. "Russian names". */
		names: (names: string): string => `地名现显示为：${names}。各地由谁管辖、由谁主张主权，不因此改变。`,
		exploring: '正在自由浏览地图。方向键平移，加号和减号缩放，Esc键返回故事。',
		backToStory: (n: number, count: number, title: string): string => `返回故事：第${formatNumber(n, LANG)}步，共${formatNumber(count, LANG)}步，${title}。`,
		feature: (name: string, description: string, status: string): string => `${name}：${description}${status}`,
		status: (administeredBy: string, claimedBy: string): string => `由${administeredBy}管辖，${claimedBy}主张主权。`
	},

	map: {
		region: '故事所涉地点的地图',
		embedRegion: (title: string): string => `地图：${title}`,
		canvasStory: '当前步骤的地图（随故事变化；如需平移和缩放，请使用“自由浏览地图”）',
		canvasExplore: '交互式地图：方向键平移，加号和减号缩放，Shift加方向键旋转，Esc键返回故事',
		failed: (why: string | null): string => `交互式地图无法启动${why ? `：${why}` : ''}。每一步都附有静态地图，并以文字说明地图显示的内容。`,
		noWebgl: '此浏览器无法绘制地图：WebGL不可用或已关闭',
		dataFailed: '地图无法加载数据。',
		contextLost: '浏览器丢失了地图的WebGL上下文。',
		popup: (name: string): string => `关于${name}`,
		legend: '地图图例',
		key: '图例',
		inset: (region: string): string => `位置图：当前视图在${region}中的位置`
	},

	popup: {
		/** A side's own name for the place, in its own script. */
		ownName: '本国文字名称',
		administeredBy: '管辖方',
		claimedBy: '主张主权方',
		area: '面积',
		officialFigure: '官方数字',
		measured: '按本图轮廓测算',
		length: '长度',
		treaty: '依据',
		date: '日期',
		source: '来源',
		outline: '轮廓'
	},

	format: {
		/** An aside in brackets, after a word: " (in Russian)". */
		paren: (text: string): string => `（${text}）`,
		/** Between the items of a list: a source's author, publisher and date. */
		list: '，',
		/** Between the parts of a note: a quotation, its language, its original, its translator. */
		notes: '；',
		/** A label before what it names: "original: ". */
		label: (label: string): string => `${label}：`,
		/** A quotation set apart (a block quotation), in the language's quotation marks. */
		quote: (text: string): string => `“${text}”`,
		/** "2016年12月15日", "2018年1月", "1855年". */
		date: (iso: string): string => formatDate(iso, 'zh-Hans-CN'),
		km2: (n: number): string => `${formatNumber(n, 'zh-Hans-CN', 1)}平方公里`,
		km: (n: number): string => `${formatNumber(n, 'zh-Hans-CN', 1)}公里`
	}
};

export default zhHans;
