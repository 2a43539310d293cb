// Every word of the interface, in Japanese (plain explanatory style, as a Japanese newspaper's site writes its
// controls). The same keys and parameters as en.ts, checked by `satisfies Messages`. Quotation marks are Japanese
// 「」; numbers, dates and plurals go through Intl with this file's locale (Japanese has one plural form, other).
import type { StepKind } from '../../story/stepKinds';
import { formatDate, formatNumber, plural } from '../format';
import type { Messages } from './en';

const LANG = 'ja';
const LOCALE = 'ja-JP';

export const ja = {
	meta: {
		/** BCP 47: the page's `lang`, and the story folder's language. */
		lang: LANG,
		/** The conventions numbers and dates follow (Intl): "2016年12月15日". */
		locale: LOCALE,
		/** The language's own name, in the language control. */
		name: '日本語',
		/** Open Graph's og:locale. */
		ogLocale: 'ja_JP',
		/** The text's direction. */
		dir: 'ltr' as 'ltr' | 'rtl'
	},

	/** The explainer's name, as a publisher's series line and in titles. */
	site: { name: 'treaty-map', series: 'treaty-map 解説' },

	header: {
		/** Before the linked headline. */
		basedOn: 'もとにしたコラム：',
		/** After it: who wrote it, where, when, and how the explainer treats its argument. */
		byline: (author: string, publisher: string, published: string): string =>
			`筆者は${author}氏（${publisher}、${published}）。その主張は「${author}氏の主張」として区別し、それ以外はすべて検証できる事実として出典を示した。`,
		hint: 'スクロールするか、下のボタンか、↓/↑キー（Page Down/Up、Home/End）で順に進めます。',
		storySteps: 'ステップ一覧'
	},

	language: {
		/** The language control's name. */
		label: '言語',
		/** A link's accessible name: the story in another language. */
		readIn: (name: string): string => `この記事を${name}で読む`
	},

	footer: {
		heading: 'この地図について',
		/** The bundled basemap's credit; {link} is the dataset's name, linked. */
		basemap: '陸地と国境：{link}（パブリックドメイン）。',
		/** The credit of a story layer drawn from OpenStreetMap; {link} is its contributors, linked. */
		osm: '輪郭：© {link}（ODbL）。'
	},

	step: {
		of: (n: number, count: number): string => `${formatNumber(count, LOCALE)}ステップ中${formatNumber(n, LOCALE)}番目`,
		/** The compact count in the embed's stepper. */
		short: (n: number, count: number): string => `${formatNumber(n, LOCALE)}/${formatNumber(count, LOCALE)}`,
		argues: (author: string): string => `${author}氏の主張`,
		argumentRegion: (author: string): string => `${author}氏の主張`,
		/** Under a block quotation: who said it, and through whom the story has it. */
		quotedBy: (speaker: string, author: string): string => `— ${speaker}（${author}氏のコラムでの引用）`,
		said: (speaker: string): string => `— ${speaker}`,
		mapLabel: '地図：',
		mapAlt: (title: string): string => `地図:${title}`,
		sources: (count: number): string => `出典（${formatNumber(count, LOCALE)}件）`,
		onTheRecord: '記録に残る事実',
		/** After a quotation in translation: a short mark, and what it says in full. */
		translatedMark: '訳',
		translated: (fromLanguage: string): string => `${fromLanguage}からの翻訳`,
		/** The list of a step's quotations with their originals (in its sources). */
		quotations: (count: number): string => plural(LOCALE, count, { other: `このステップの引用（${formatNumber(count, LOCALE)}件）` }),
		original: '原文',
		translatedBy: (by: string): string => `翻訳：${by}`,
		ourTranslation: '翻訳：当サイト',
		/** A source in another language than the page's. */
		inLanguage: (language: string): string => language,
		/** Between a source and what it supports in the step. */
		supportsSeparator: '：'
	},

	/** What each kind of step is called, and what its checkable part is headed. */
	kind: {
		intro: { label: 'はじめに', facts: '記録に残る事実' },
		argument: { label: 'コラムの主張', facts: '記録に残る事実' },
		context: { label: '背景', facts: '背景（筆者の主張ではない）' },
		conclusion: { label: '結論', facts: '記録に残る事実' }
	} satisfies Record<StepKind, { label: string; facts: string }>,

	stepper: {
		previous: '前へ',
		next: '次へ',
		previousStep: '前のステップ',
		nextStep: '次のステップ',
		progress: '記事の進み具合',
		fullStory: '記事全体',
		/** Said in an embed whose frame may open no link (a sandbox that forbids both new tabs and leaving the page). */
		linkBlocked: 'このページでは埋め込みからリンクを開けません。記事全体を読むには、アドレスをコピーしてください。'
	},

	names: {
		/** The names switch's name. */
		legend: '地名の表記',
		/** The table of each side's names, under the story. */
		table: '双方の地名とその出典',
		/** Under a side's column heading: where its names come from, unless a name says otherwise. */
		usualSource: (source: string): string => `出典：${source}`,
		/** After a name that has a source of its own. */
		nameSource: '出典',
		/** Where the names of places that neither side disputes come from; {link} is the source. */
		others: '双方に争いのない地名：{link}。'
	},

	motion: { toggle: '地図を動かす' },

	share: {
		summary: '共有・埋め込み',
		link: 'このステップへのリンク',
		script: '埋め込み：レスポンシブ（スクリプト）',
		iframe: '埋め込み：iframeのみ',
		copy: 'コピー',
		copied: { link: 'リンクをコピーしました。', script: 'スクリプトのコードをコピーしました。', iframe: 'iframeのコードをコピーしました。' },
		copyFailed: 'コピーできませんでした。テキストを選択して手動でコピーしてください。',
		/** Opens the device's share sheet with the step's link. */
		share: '共有…',
		shareFailed: '共有画面を開けませんでした。代わりにリンクをコピーしてください。'
	},

	explore: {
		start: '地図を自由に見る',
		startShort: '地図',
		back: '← 記事に戻る',
		backShort: '← 記事',
		features: (count: number): string => `地図上の地物（${formatNumber(count, LOCALE)}件）`,
		featuresShort: (count: number): string => `地物（${formatNumber(count, LOCALE)}）`
	},

	announce: {
		step: (n: number, count: number, title: string, description: string): string =>
			`${formatNumber(count, LOCALE)}ステップ中${formatNumber(n, LOCALE)}番目：${title}。${description}`,
		/** `names`: the chosen names' words, e.g. "ロシア側の呼び名". */
		names: (names: string): string => `地名の表記を${names}に切り替えました。どちらが管轄し、どちらが領有を主張しているかは変わりません。`,
		exploring: '地図を自由に見ています。矢印キーで移動、プラスとマイナスで拡大・縮小、Escキーで記事に戻ります。',
		backToStory: (n: number, count: number, title: string): string =>
			`記事に戻りました。${formatNumber(count, LOCALE)}ステップ中${formatNumber(n, LOCALE)}番目、${title}。`,
		feature: (name: string, description: string, status: string): string => `${name}:${description}${status}`,
		status: (administeredBy: string, claimedBy: string): string => `${administeredBy}が管轄し、${claimedBy}が領有を主張している。`
	},

	map: {
		region: '記事に登場する場所の地図',
		embedRegion: (title: string): string => `地図:${title}`,
		canvasStory: '現在のステップの地図（記事に合わせて動きます。移動や拡大には「地図を自由に見る」を使ってください）',
		canvasExplore: '操作できる地図：矢印キーで移動、プラスとマイナスで拡大・縮小、Shiftと矢印キーで回転、Escキーで記事に戻ります',
		failed: (why: string | null): string =>
			`操作できる地図を表示できませんでした${why ? `（${why}）` : ''}。各ステップには静止画の地図があり、地図が示す内容を文章でも説明しています。`,
		noWebgl: 'このブラウザーでは描画できません。WebGLが使えないか、無効になっています',
		dataFailed: '地図のデータを読み込めませんでした。',
		contextLost: 'ブラウザーが地図のWebGLコンテキストを失いました。',
		popup: (name: string): string => `${name}について`,
		legend: '地図の凡例',
		key: '凡例',
		inset: (region: string): string => `位置図:${region}の中の現在の表示範囲`
	},

	popup: {
		/** A side's own name for the place, in its own script. */
		ownName: '自国語での名称',
		administeredBy: '管轄',
		claimedBy: '領有を主張',
		area: '面積',
		officialFigure: '公式の数字',
		measured: 'この輪郭での計測値',
		length: '長さ',
		treaty: '根拠',
		date: '日付',
		source: '出典',
		outline: '輪郭'
	},

	format: {
		/** An aside in brackets, after a word: " (in Russian)". */
		paren: (text: string): string => `（${text}）`,
		/** Between the items of a list: a source's author, publisher and date. */
		list: '、',
		/** Between the parts of a note: a quotation, its language, its original, its translator. */
		notes: '。',
		/** A label before what it names: "original: ". */
		label: (label: string): string => `${label}：`,
		/** A quotation set apart (a block quotation), in the language's quotation marks. */
		quote: (text: string): string => `「${text}」`,
		/** "2016年12月15日", "2018年1月", "1855年". */
		date: (iso: string): string => formatDate(iso, LOCALE),
		km2: (n: number): string => `${formatNumber(n, LOCALE, 1)}平方キロ`,
		km: (n: number): string => `${formatNumber(n, LOCALE, 1)}キロ`
	}
} satisfies Messages;

export default ja;
