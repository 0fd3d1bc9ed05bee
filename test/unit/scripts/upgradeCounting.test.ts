import { parseFirstEngineMarker } from '../../../scripts/lib/upgradeCounting';

describe("upgrading the first engine's markers", () => {
  it('reads a person marker of a campaign bucket as the claim the aggregator keeps', () => {
    expect(parseFirstEngineMarker('MARKER#person#demo-315#@gd|day#2026-03-15#hashOfPerson')).toEqual({
      campaignCode: 'demo-315',
      personHash: 'hashOfPerson',
      markerId: 'person:@gd|day#2026-03-15',
    });
  });

  it('keeps the event of a check-in marker', () => {
    expect(parseFirstEngineMarker('MARKER#checkin#demo-315#all#all#hashOfPerson#3f1c0a52-8a3e-4c55-9b7e-1b7c2d1e9a10')).toEqual({
      campaignCode: 'demo-315',
      personHash: 'hashOfPerson',
      markerId: 'checkin:all#all:3f1c0a52-8a3e-4c55-9b7e-1b7c2d1e9a10',
    });
  });

  it('leaves anything else alone', () => {
    expect(parseFirstEngineMarker('PERSON#demo-315#hashOfPerson')).toBeUndefined();
    expect(parseFirstEngineMarker('MARKER#person#demo-315')).toBeUndefined();
  });
});
