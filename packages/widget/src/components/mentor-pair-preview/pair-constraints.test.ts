import { expect } from '@open-wc/testing';
import { constraintsToJson, parseConstraints, togglePin, withExclusion, withPins } from './pair-constraints.js';

describe('pins and exclusions file', () => {
  it('writes a sorted file that reads back to the same decisions', () => {
    const constraints = {
      pins: [{ menteeId: 'e-2', mentorId: 'm-1' }, { menteeId: 'e-1', mentorId: 'm-9' }],
      exclusions: [{ menteeId: 'e-1', mentorId: 'm-3' }, { menteeId: 'e-1', mentorId: 'm-2' }],
    };
    const text = constraintsToJson(constraints, { programmeId: 'p-1' });
    const file = JSON.parse(text);
    expect(file).to.deep.include({ kind: 'mentor-pair-constraints', version: 1, programmeId: 'p-1' });
    expect(file.pins.map((p: { menteeId: string }) => p.menteeId)).to.deep.equal(['e-1', 'e-2']);
    expect(file.exclusions.map((p: { mentorId: string }) => p.mentorId)).to.deep.equal(['m-2', 'm-3']);
    const read = parseConstraints(text);
    expect(read.issues).to.deep.equal([]);
    expect(constraintsToJson(read.constraints, { programmeId: 'p-1' })).to.equal(text);
  });

  it('lists what is wrong, keeps the good entries, and never throws', () => {
    expect(parseConstraints('nope').issues.map((i) => i.code)).to.deep.equal(['not-json']);
    expect(parseConstraints('[]').issues.map((i) => i.code)).to.deep.equal(['type']);
    const read = parseConstraints(JSON.stringify({ kind: 'other', pins: [{ menteeId: 'e-1', mentorId: 'm-1' }, null, { mentorId: 'm-2' }] }));
    expect(read.constraints.pins).to.deep.equal([{ menteeId: 'e-1', mentorId: 'm-1' }]);
    expect(read.issues.map((i) => [i.row, i.field, i.code])).to.deep.equal([
      [null, 'kind', 'const'],
      [2, 'pins', 'type'],
      [3, 'pins/menteeId', 'required'],
    ]);
  });
});

describe('pin, exclude and exchange', () => {
  const ref = (menteeId: string, mentorId: string) => ({ menteeId, mentorId });
  const start = { pins: [ref('e-1', 'm-1')], exclusions: [ref('e-2', 'm-2')], keep: ['e-9'] };

  it('pins in place of the mentee’s other pin, unpins on a second pin, and drops an exclusion of the pair', () => {
    const pinned = togglePin(start, ref('e-1', 'm-3'));
    expect(pinned.pins).to.deep.equal([ref('e-1', 'm-3')]);
    expect(togglePin(pinned, ref('e-1', 'm-3')).pins).to.deep.equal([]);
    expect(togglePin(start, ref('e-2', 'm-2'))).to.deep.include({ pins: [ref('e-1', 'm-1'), ref('e-2', 'm-2')], exclusions: [] });
    expect(pinned.keep, 'the records kept stay').to.deep.equal(['e-9']);
  });

  it('excludes once, dropping a pin of the pair', () => {
    expect(withExclusion(start, ref('e-1', 'm-1'))).to.deep.include({ pins: [], exclusions: [ref('e-2', 'm-2'), ref('e-1', 'm-1')] });
    expect(withExclusion(start, ref('e-2', 'm-2')), 'already excluded').to.equal(start);
  });

  it('pins both pairs of an exchange, replacing their mentees’ pins and exclusions', () => {
    const next = withPins(start, [ref('e-1', 'm-2'), ref('e-2', 'm-2')]);
    expect(next).to.deep.include({ pins: [ref('e-1', 'm-2'), ref('e-2', 'm-2')], exclusions: [] });
  });
});
