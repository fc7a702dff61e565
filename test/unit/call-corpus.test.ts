/**
 * The labelled call corpus (test/fixtures/calls, rules in
 * docs/analyzer-labelling.md): it parses, it is as varied as the issue asks,
 * its split is deterministic, and its test split is frozen.
 */
import { zoneOffsetMinutes } from '../../src/services/ai/local/zoned-time';
import {
  corpusSplit,
  loadCallCorpus,
  parseCallsFile,
  recordedTestSplitHash,
  splitOf,
  testSplitHash,
} from '../support/call-corpus';

describe('the labelled call corpus', () => {
  const calls = loadCallCorpus();

  it('has at least 400 calls across at least 15 kinds of business', () => {
    expect(calls.length).toBeGreaterThanOrEqual(400);
    expect(new Set(calls.map((call) => call.business)).size).toBeGreaterThanOrEqual(15);
  });

  it('fails when the frozen test split changes (edit a test call: move it to a new id instead, and say so)', () => {
    expect(testSplitHash(calls)).toBe(recordedTestSplitHash());
  });

  it('splits by id alone, about 60 / 20 / 20', () => {
    expect(splitOf('plumb-drain-kitchen')).toBe(splitOf('plumb-drain-kitchen'));
    const share = (split: 'train' | 'dev' | 'test'): number => corpusSplit(calls, split).length / calls.length;
    expect(share('train')).toBeGreaterThan(0.5);
    expect(share('dev')).toBeGreaterThan(0.12);
    expect(share('test')).toBeGreaterThan(0.12);
  });

  it('spans several time zones, late-night calls and DST weeks', () => {
    expect(new Set(calls.map((call) => call.timezone)).size).toBeGreaterThanOrEqual(15);
    expect(calls.some((call) => Number(call.localStart.slice(11, 13)) >= 23)).toBe(true);
    const crossesDst = calls.filter(
      (call) => call.appointmentAt && zoneOffsetMinutes(call.appointmentAt, call.timezone) !== zoneOffsetMinutes(call.callStartedAt, call.timezone),
    );
    expect(crossesDst.length).toBeGreaterThanOrEqual(8);
  });

  it('reads tags off the end of a turn and rejects unknown ones', () => {
    const [call] = parseCallsFile(
      '=== x\nbusiness: test\nat: 2026-03-02 09:15 America/Chicago\nsentiment: NEUTRAL\nappointment: 2026-03-03 14:00\nC: Can someone come out? [NS, @C]\n',
    );
    expect(call.segments[0]).toEqual({ speaker: 'CUSTOMER', text: 'Can someone come out?', signals: ['NEXT_STEP_REQUESTED'], objections: [], actionItems: 1 });
    expect(call.appointmentAt!.toISOString()).toBe('2026-03-03T20:00:00.000Z');
    expect(() => parseCallsFile('=== y\nbusiness: t\nat: 2026-03-02 09:15 UTC\nsentiment: NEUTRAL\nappointment: none\nC: Hi. [WHAT]\n')).toThrow(/unknown tag/);
  });
});
