/**
 * What the component tree shares through Svelte context: the app state, and the member panel's
 * focus. `App.svelte` calls `setAppContext` once; components below call `getAppContext`.
 */
import { createContext, tick } from 'svelte';
import type { AppState } from './app-state.svelte.ts';

/**
 * Moves keyboard focus into the member panel when it is opened by a click or Enter (not when it
 * follows focus). The panel's heading registers itself with the `heading` attachment; `open`
 * selects the member, waits for the panel to render, and focuses the heading.
 */
export class PanelFocus {
  #heading: HTMLElement | null = null;
  /** What had keyboard focus when the panel was opened (a search result, a timeline row, a node). */
  #opener: HTMLElement | SVGElement | null = null;
  readonly #app: AppState;
  /**
   * What the panel needs before it can render, loaded on first use (its code: `App.svelte` sets
   * this); `open` waits for it before it moves focus. Null: nothing to wait for.
   */
  ready: (() => Promise<unknown>) | null = null;

  constructor(app: AppState) {
    this.#app = app;
  }

  /** Attachment for the panel's heading (`{@attach panel.heading}`). */
  readonly heading = (el: HTMLElement): (() => void) => {
    this.#heading = el;
    return () => {
      if (this.#heading === el) this.#heading = null;
    };
  };

  /** Open a member's panel and move keyboard focus into it. Unknown ids are ignored. */
  readonly open = async (id: string): Promise<void> => {
    const active = typeof document === 'undefined' ? null : document.activeElement;
    if (!this.#app.select(id)) return;
    if (active && active !== document.body && 'focus' in active) this.#opener = active as HTMLElement | SVGElement;
    await this.ready?.();
    // The panel renders at the next update (a few more when its code has just loaded).
    for (let i = 0; i < 4 && !this.#heading; i++) await tick();
    if (this.#app.member === id) this.#heading?.focus();
  };

  /**
   * Close the panel (Escape, the close button) and give focus back: to the member's node in the
   * chart when it is drawn at this step, else to what had focus when the panel was opened (if it is
   * still on the page), else to the member's row in the member timeline.
   */
  readonly close = (): void => {
    const id = this.#app.member;
    if (id === null) return;
    this.#app.select(null);
    const opener = this.#opener?.isConnected ? this.#opener : null;
    this.#opener = null;
    if (typeof document === 'undefined') return;
    const q = CSS.escape(id);
    const node = document.querySelector<SVGGElement>(
      `[data-testid="org-chart"] [data-member-id="${q}"], [data-testid="org-chart"] [data-departed-id="${q}"]`,
    );
    const row = document.querySelector<HTMLElement>(`[data-testid="member-timeline"] [data-member-id="${q}"]`);
    (node ?? opener ?? row)?.focus();
  };

  /** Follow keyboard focus: while a panel is open, show the focused member's (focus stays put). */
  readonly follow = (id: string | null): void => {
    if (id !== null && this.#app.member !== null && this.#app.member !== id) this.#app.select(id);
  };
}

/** The context value: the app state and the panel focus. */
export interface AppContext {
  app: AppState;
  panel: PanelFocus;
}

const [get, set] = createContext<AppContext>();

/** Share the app state and a new `PanelFocus` with the components below (call during init). */
export function setAppContext(app: AppState): AppContext {
  return set({ app, panel: new PanelFocus(app) });
}

/**
 * The context set by `App.svelte`.
 * @throws when called outside a component below `App.svelte` (Svelte's missing-context error)
 */
export function getAppContext(): AppContext {
  return get();
}
