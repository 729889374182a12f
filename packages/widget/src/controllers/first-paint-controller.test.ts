import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { FIRST_FRAME_CARDS, FirstPaintController } from './first-paint-controller.js';

class FirstPaintHost extends LitElement {
  readonly firstPaint = new FirstPaintController(this);
  items = 0;
  /** How many items each render drew. */
  readonly drawn: number[] = [];
  /** Whether each render was told it is capping. */
  readonly capping: boolean[] = [];

  override render() {
    const count = this.firstPaint.limit(this.items);
    this.drawn.push(count);
    this.capping.push(this.firstPaint.capping);
    return html`<ul>${Array.from({ length: count }, (_, index) => html`<li>${index}</li>`)}</ul>`;
  }
}
customElements.define('first-paint-host', FirstPaintHost);

describe('FirstPaintController', () => {
  it('draws the first few items in the first frame and the rest after it has painted', async () => {
    const host = new FirstPaintHost();
    host.items = 24;
    document.body.append(host);
    await host.updateComplete;
    expect(host.drawn).to.deep.equal([FIRST_FRAME_CARDS]);
    let painted = false;
    requestAnimationFrame(() => (painted = true));
    await host.firstPaint.pending;
    await host.updateComplete;
    expect(painted, 'the cap is lifted only after a frame has painted').to.equal(true);
    expect(host.drawn).to.deep.equal([FIRST_FRAME_CARDS, 24]);
    expect(host.capping, 'capping in the first frame only').to.deep.equal([true, false]);
    expect(host.firstPaint.pending).to.equal(undefined);
    host.remove();
  });

  it('caps only the first list: later ones are drawn whole at once', async () => {
    const host = new FirstPaintHost();
    host.items = 3;
    document.body.append(host);
    await host.updateComplete;
    await host.firstPaint.pending;
    await host.updateComplete;
    host.items = 40;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.drawn).to.deep.equal([3, 3, 40]);
    expect(host.capping).to.deep.equal([true, false, false]);
    host.remove();
  });
});
