/** Defines a custom element unless the name is taken; defining twice is then harmless. */
export function defineOnce(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
