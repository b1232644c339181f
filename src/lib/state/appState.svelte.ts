import { getContext, setContext } from 'svelte';
import { EVENT_LAYER_IDS, LAYER_IDS, type EventLayerId, type LayerId } from '../domain/layers.ts';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/messages.ts';
import type { View } from '../url/view.ts';
import { DEFAULT_LAYERS, DEFAULT_MEASURE, type UrlState } from '../url/appUrl.ts';
import type { FigureRule, MeasureId } from '../domain/measures.ts';

/** A request to move the camera to a feature (from the list), numbered so repeats still fire. */
export interface FocusRequest {
	id: string;
	seq: number;
}

/**
 * The one app state. The URL, the map, the list and the panels read it; only user
 * actions (and the map reporting where it is) write it.
 */
export class AppState {
	view: View | null = $state(null);
	layers: LayerId[] = $state([...DEFAULT_LAYERS]);
	event: string | null = $state(null);
	department: string | null = $state(null);
	measure: MeasureId = $state(DEFAULT_MEASURE);
	rule: FigureRule = $state('low');
	/** The dataset version a shared link was pinned to (null: none). */
	version: string | null = $state(null);
	/** null until the browser's preference or the URL decides. */
	urlLang: Lang | null = $state(null);
	browserLang: Lang = $state(DEFAULT_LANG);
	from: string | null = $state(null);
	to: string | null = $state(null);
	focus: FocusRequest | null = $state(null);
	/** A view typed or pasted into the hash (the map jumps there), or a story's step (it flies). */
	viewRequest: { view: View; seq: number; animate: boolean } | null = $state(null);

	/** The shown event layers as one string, which changes only when one of them is toggled. */
	#eventLayersKey = $derived(
		this.layers.filter((id) => (EVENT_LAYER_IDS as readonly string[]).includes(id)).join(' ')
	);
	/**
	 * The shown event layers. The same array until an event layer is toggled: the map's event
	 * filters and sources follow it, so the departments' toggle does not re-cut every event tile.
	 */
	shownEventLayers: readonly EventLayerId[] = $derived(
		this.#eventLayersKey === '' ? [] : (this.#eventLayersKey.split(' ') as EventLayerId[])
	);

	lang: Lang = $derived(this.urlLang ?? this.browserLang);
	t = $derived(messages[this.lang]);

	applyUrl(url: UrlState): void {
		this.view = url.view;
		this.layers = url.layers;
		this.event = url.event;
		this.department = url.department;
		this.measure = url.measure;
		this.rule = url.rule;
		this.version = url.version;
		this.urlLang = url.lang;
		this.from = url.from;
		this.to = url.to;
	}

	toUrl(): UrlState {
		return {
			view: this.view,
			layers: this.layers,
			event: this.event,
			department: this.department,
			lang: this.urlLang,
			from: this.from,
			to: this.to,
			measure: this.measure,
			rule: this.rule,
			version: this.version
		};
	}

	isVisible(layer: LayerId): boolean {
		return this.layers.includes(layer);
	}

	setLayers(changes: Partial<Record<LayerId, boolean>>): void {
		this.layers = LAYER_IDS.filter((id) => changes[id] ?? this.layers.includes(id));
	}

	select(id: string | null, options: { focusMap?: boolean } = {}): void {
		this.event = id;
		if (id) this.department = null;
		if (id && options.focusMap) this.focus = { id, seq: (this.focus?.seq ?? 0) + 1 };
	}

	selectDepartment(code: string | null): void {
		this.department = code;
		if (code) this.event = null;
	}

	/** Where the map is (it reports this after every move). */
	setView(view: View | null): void {
		this.view = view;
	}

	setMeasure(measure: MeasureId): void {
		this.measure = measure;
	}

	setRule(rule: FigureRule): void {
		this.rule = rule;
	}

	/** The time window as calendar days; null for an open end (the period's own). */
	setWindow(from: string | null, to: string | null): void {
		this.from = from;
		this.to = to;
	}

	requestView(view: View, options: { animate?: boolean } = {}): void {
		this.viewRequest = {
			view,
			seq: (this.viewRequest?.seq ?? 0) + 1,
			animate: options.animate ?? false
		};
	}

	setLang(lang: Lang): void {
		this.urlLang = lang;
	}
}

const APP_STATE = Symbol('app state');

/** Gives the page's app state to the components below the calling one (during its set-up). */
export const setAppState = (app: AppState): AppState => setContext(APP_STATE, app);

/** The app state of the page this component is on (set by MapPage or StoryPage). */
export function getAppState(): AppState {
	const app = getContext<AppState | undefined>(APP_STATE);
	if (!app) throw new Error('getAppState: no page above this component set the app state');
	return app;
}
