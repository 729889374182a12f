/**
 * Defines a custom element unless the name is taken; defining twice is then harmless. Where there is
 * no custom element registry (a module imported in Node for its types or classes) it does nothing.
 */
export function defineOnce(name: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(name)) customElements.define(name, element);
}
