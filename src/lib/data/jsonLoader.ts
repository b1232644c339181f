// Remote data files (a large dataset's features and details chunks) through one loader: a file
// asked for twice while it downloads is downloaded once, and leaving the page aborts what is
// still on its way.

export type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export class JsonLoader {
	#inFlight = new Map<string, Promise<unknown>>();
	#controller = new AbortController();
	#fetch: Fetch;

	constructor(fetchImpl: Fetch = (url, init) => fetch(url, init)) {
		this.#fetch = fetchImpl;
	}

	/** The parsed JSON at `url`; rejects with "HTTP <status>" on an error answer. */
	load<T>(url: string): Promise<T> {
		let pending = this.#inFlight.get(url);
		if (!pending) {
			pending = this.#fetch(url, { signal: this.#controller.signal })
				.then((response) => {
					if (!response.ok) throw new Error(`HTTP ${response.status}`);
					return response.json();
				})
				.finally(() => this.#inFlight.delete(url));
			this.#inFlight.set(url, pending);
		}
		return pending as Promise<T>;
	}

	/** Aborts every download on its way (the page is going away). */
	abort(): void {
		this.#controller.abort();
		this.#controller = new AbortController();
	}
}
