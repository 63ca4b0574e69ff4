// Fetches the islands' WebAssembly only when the page needs it, so that a first visit
// carries the page, not its enhancements (every form works without them):
// - for the text-size control and a practice block, when the visitor reaches for one
//   (pointer over it, keyboard focus in it, a touch): a click before the code is ready
//   posts the form, as without JavaScript;
// - a minute before the session time-out warning is due.
// Once started, every island of the page is hydrated. And a polite live region marked
// `data-announce` (the quiz result) is filled a moment after load: one that is already full
// when the page loads is not read out. The hydration itself is Leptos 0.8's
// island script (leptos/src/hydration/island_script.js, MIT), which starts on idle instead.
((js, wasm) => {
	const MOST_RECENT_CHILDREN_CB = [];

	async function hydrateIslands(rootNode, mod) {
		async function traverse(node) {
			if (node.nodeType === Node.ELEMENT_NODE) {
				const tag = node.tagName.toLowerCase();
				if (tag === "leptos-island") {
					await hydrateIsland(node, node.dataset.component || null, mod);
					for (const child of node.children) {
						await traverse(child);
					}
				} else if (tag === "leptos-children") {
					MOST_RECENT_CHILDREN_CB.push(node.$$on_hydrate);
					for (const child of node.children) {
						await traverse(child);
					}
					MOST_RECENT_CHILDREN_CB.pop();
				} else {
					for (const child of node.children) {
						await traverse(child);
					}
				}
			}
		}
		await traverse(rootNode);
	}

	async function hydrateIsland(el, id, mod) {
		const islandFn = mod[id];
		if (islandFn) {
			const children_cb = MOST_RECENT_CHILDREN_CB[MOST_RECENT_CHILDREN_CB.length - 1];
			if (children_cb) {
				children_cb();
			}
			const res = islandFn(el);
			if (res && res.then) {
				await res;
			}
		} else {
			console.warn(`Could not find WASM function for the island ${id}.`);
		}
	}

	let started = null;
	const start = () => {
		started ??= import(js).then(async (mod) => {
			await mod.default({ module_or_path: wasm });
			mod.hydrate();
			await hydrateIslands(document.body, mod);
		});
	};

	// `TextSizeControl_4922718533611564836` → `TextSizeControl`.
	const name = (island) => (island.dataset.component || "").replace(/_\d+$/, "");
	for (const island of document.querySelectorAll("leptos-island")) {
		switch (name(island)) {
			case "TextSizeControl":
			case "PracticeBox":
				for (const type of ["pointerover", "focusin", "touchstart"]) {
					island.addEventListener(type, start, { once: true, passive: true });
				}
				break;
			case "SessionTimeout": {
				const { idle_seconds, warn_seconds } = JSON.parse(island.dataset.props);
				setTimeout(start, Math.max(0, idle_seconds - warn_seconds - 60) * 1000);
				break;
			}
			default:
				start();
		}
	}

	for (const region of document.querySelectorAll("[data-announce]")) {
		setTimeout(() => {
			region.textContent = region.dataset.announce;
		}, 250);
	}
})
