// Reads the publication-date field and says plainly what the date means for the reading.

export interface ReferenceDateReading {
  /** `YYYY-MM-DD`, or null when the field is empty or incomplete. */
  value: string | null;
  message: string;
  problem: boolean;
}

const weekdayDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export function readReferenceDate(input: HTMLInputElement): ReferenceDateReading {
  if (input.validity.badInput) {
    return {
      value: null,
      problem: true,
      message:
        'That is not a complete date (day, month and year). Until it is, relative dates such as “last week” are not placed on the timeline.',
    };
  }
  const value = input.value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return {
      value: null,
      problem: true,
      message:
        'No publication date: relative dates such as “Sunday” or “last week” cannot be placed, so only absolute dates are shown.',
    };
  }
  return {
    value,
    problem: false,
    message: `Relative dates are read from ${weekdayDate.format(new Date(`${value}T00:00:00Z`))}.`,
  };
}
