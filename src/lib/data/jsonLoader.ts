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
		return this.#get(url, (response) => response.json()) as Promise<T>;
	}

	/** The bytes at `url` (a binary file such as a tiled dataset's summary). */
	loadBytes(url: string): Promise<ArrayBuffer> {
		return this.#get(
			`${url}#bytes`,
			(response) => response.arrayBuffer(),
			url
		) as Promise<ArrayBuffer>;
	}

	#get(key: string, read: (response: Response) => Promise<unknown>, url = key): Promise<unknown> {
		let pending = this.#inFlight.get(key);
		if (!pending) {
			pending = this.#fetch(url, { signal: this.#controller.signal })
				.then((response) => {
					if (!response.ok) throw new Error(`HTTP ${response.status}`);
					return read(response);
				})
				.finally(() => this.#inFlight.delete(key));
			this.#inFlight.set(key, pending);
		}
		return pending;
	}

	/** Aborts every download on its way (the page is going away). */
	abort(): void {
		this.#controller.abort();
		this.#controller = new AbortController();
	}
}
