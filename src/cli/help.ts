export const USAGE = `Usage:
  news-timeline extract [FILE|-] [--reference-date YYYY-MM-DD] [--format FORMAT]
      Find the temporal expressions of one text (FILE, or stdin when FILE is - or absent).
      FORMAT: json (default: the timeline document), timexes (the expressions only),
              timeml (the text with inline <TIMEX3> tags), timelinejs, csv.
  news-timeline extract --jsonl [--reference-date YYYY-MM-DD]
      Batch mode: JSON Lines on stdin, {"id", "text", "referenceDate"} per line; one line out
      per line in, in order: {"id", "timexes": [...]}, or {"id", "error"} for a bad line.
      --reference-date is the default for lines without a referenceDate.
  news-timeline eval DIR... [--json] [--details]
      Score the tagger on annotated corpora (TimeML .tml, MEANTIME CAT XML, TIMEX2 .xml) the
      TempEval-3 way: strict and relaxed P/R/F1, value and type F1. --details lists each
      document's misses, false positives and wrong values.
  news-timeline --help

Exit codes: 0 done, 1 failure while running, 2 bad arguments or input that cannot be read.
`;
