import { aTimeout, expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DebounceController } from './debounce-controller.js';

class DebounceHost extends LitElement {
  readonly debouncer = new DebounceController(this, 40);
}
customElements.define('debounce-host', DebounceHost);

describe('DebounceController', () => {
  it('runs only the last task, once input pauses', async () => {
    const host = document.body.appendChild(new DebounceHost());
    const runs: string[] = [];
    host.debouncer.schedule(() => runs.push('a'));
    host.debouncer.schedule(() => runs.push('ab'));
    await aTimeout(10);
    host.debouncer.schedule(() => runs.push('abc'));
    expect(runs).to.deep.equal([]);
    await aTimeout(80);
    expect(runs).to.deep.equal(['abc']);
    host.remove();
  });

  it('runs at once with no delay, and never after the host is gone', async () => {
    const host = document.body.appendChild(new DebounceHost());
    const runs: number[] = [];
    host.debouncer.delay = 0;
    host.debouncer.schedule(() => runs.push(1));
    expect(runs).to.deep.equal([1]);
    host.debouncer.delay = 30;
    host.debouncer.schedule(() => runs.push(2));
    host.remove();
    await aTimeout(60);
    expect(runs).to.deep.equal([1]);
  });
});
