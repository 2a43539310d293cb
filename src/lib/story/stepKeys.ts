// Which keys step through the story, and when they must be left alone (form controls, the map, modifiers).
export type StepAction = 'next' | 'prev' | 'first' | 'last';

export interface KeyLike {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	shiftKey?: boolean;
	/** The focused element's tag, role and contenteditable-ness, read by the caller from event.target. */
	targetTag?: string;
	targetRole?: string | null;
	targetEditable?: boolean;
	/** True when the keypress happens inside the interactive map (which uses arrows and +/- itself). */
	inMap?: boolean;
}

const KEYS: Record<string, StepAction> = {
	ArrowDown: 'next',
	ArrowRight: 'next',
	PageDown: 'next',
	ArrowUp: 'prev',
	ArrowLeft: 'prev',
	PageUp: 'prev',
	Home: 'first',
	End: 'last'
};

const TEXT_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION']);
const WIDGET_ROLES = new Set(['slider', 'spinbutton', 'listbox', 'menu', 'menubar', 'radiogroup', 'tablist', 'textbox', 'combobox', 'tree', 'grid']);

export function stepKeyAction(e: KeyLike): StepAction | null {
	if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
	if (e.inMap || e.targetEditable) return null;
	if (e.targetTag && TEXT_TAGS.has(e.targetTag.toUpperCase())) return null;
	if (e.targetRole && WIDGET_ROLES.has(e.targetRole)) return null;
	// Inside <summary> (the sources disclosure) arrows are harmless; inside <details> content they are page keys too.
	return KEYS[e.key] ?? null;
}

/** The index an action leads to, clamped to the story. */
export function nextIndex(action: StepAction, index: number, count: number): number {
	const last = Math.max(0, count - 1);
	if (action === 'first') return 0;
	if (action === 'last') return last;
	return Math.max(0, Math.min(last, index + (action === 'next' ? 1 : -1)));
}

/** Reads a keyboard event into a KeyLike; `mapInteractive` says whether the map currently keeps its own keys. */
export function keyLikeFrom(event: KeyboardEvent, mapInteractive: boolean): KeyLike {
	const el = event.target instanceof HTMLElement ? event.target : null;
	return {
		key: event.key,
		altKey: event.altKey,
		ctrlKey: event.ctrlKey,
		metaKey: event.metaKey,
		shiftKey: event.shiftKey,
		targetTag: el?.tagName,
		targetRole: el?.getAttribute('role'),
		targetEditable: el?.isContentEditable,
		// Only an interactive map keeps the arrows for itself; the story's map never swallows them.
		inMap: mapInteractive && Boolean(el?.closest('.maplibregl-map'))
	};
}
