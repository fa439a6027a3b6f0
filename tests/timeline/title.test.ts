import { describe, expect, it } from 'vitest';
import { clauseTitle } from '../../src/timeline/title.js';

/** The title for `date` in `sentence`, every listed date word treated as a temporal expression. */
function titleOf(sentence: string, date: string, ...otherDates: string[]): string | undefined {
  const ranges = [date, ...otherDates].map((d) => {
    const start = sentence.indexOf(d);
    return { start, end: start + d.length };
  });
  return clauseTitle({ text: sentence, sentence: { start: 0, end: sentence.length }, mention: ranges[0]!, temporal: ranges });
}

describe('event titles', () => {
  it('leave out the date and the words that lead into it', () => {
    expect(titleOf('Rebels seized the airport on Sunday.', 'Sunday')).toBe('Rebels seized the airport');
    expect(titleOf('Rebels seized the airport back in May.', 'May')).toBe('Rebels seized the airport');
  });

  it('take a fronted date to the clause it introduces', () => {
    expect(titleOf('Last month, the central bank raised interest rates again.', 'Last month')).toBe('The central bank raised interest rates again');
  });

  it('take a trailing date to the clause it ends', () => {
    expect(titleOf('The army has been shelling the town since March – cutting off the water supply.', 'March')).toBe('The army has been shelling the town');
  });

  it('pick the clause that holds the date, not the whole sentence', () => {
    expect(titleOf('The mayor resigned in 2015, and the council collapsed in 2016.', '2016', '2015')).toBe('The council collapsed');
  });

  it('give a relative clause its antecedent', () => {
    expect(titleOf('Troops entered Mosul, which had been held by militants for two years.', 'two years')).toBe('Mosul had been held by militants');
  });

  it('give a participle clause the subject of the sentence', () => {
    expect(titleOf('Having won the election in June, the party formed a government.', 'June')).toBe('The party won the election');
    expect(titleOf('The coalition, backed by airpower, has been advancing since November – taking three villages in May.', 'May', 'November')).toBe('The coalition taking three villages');
  });

  it('prefer what was said to who said it', () => {
    expect(titleOf('At least 82 people were killed and 1,700 injured, officials said Saturday.', 'Saturday')).toBe('At least 82 people were killed and 1,700 injured');
    expect(titleOf('The ministry said Tuesday that inspectors had found no trace of the weapons.', 'Tuesday')).toMatch(/inspectors had found no trace of the weapons/);
  });

  it('drop a wire-service dateline', () => {
    expect(titleOf('MOSCOW (AP)_ The mayor allocated funds for a museum on Friday.', 'Friday')).toBe('The mayor allocated funds for a museum');
  });

  it('stay within twelve whole words, ending on a content word', () => {
    const title = titleOf(
      'Monitoring groups say more than 200 civilians have been killed in the northern city during the long assault on the old town in June.',
      'June',
    )!;
    expect(title.split(' ').length).toBeLessThanOrEqual(12);
    expect(title).not.toMatch(/\b(in|the|of|on|during)$/);
  });

  it('are undefined when nothing but date words remain', () => {
    expect(titleOf('June 2017.', 'June 2017')).toBeUndefined();
  });
});
