//! Date parsing: a date line as written becomes an ISO 8601 string.
//!
//! Captures write dates in many ways ("January 14, 2025", "Mon 3 Feb 2025 14.20 GMT",
//! "Updated 3:12 PM EST, March 3, 2024", "05-04-2025", "2024-02-11"). A line is a date
//! only when every one of its words is part of the date (a label, a weekday, a month,
//! a day, a year, a time, a zone, or a connector such as "at"), so a sentence that
//! merely mentions a date is never taken for one. The result is `YYYY-MM-DD`, with
//! `THH:MM±HH:MM` added when both a time and a time zone are stated. Where the order of
//! day and month cannot be decided ("05-04-2025"), the month-first reading comes first
//! and the other is kept as the alternative.

use super::lines::{is_space, starts_with_phrase};
use super::lists::{DateKind, lists};

/// A date read from a capture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ParsedDate {
    /// ISO 8601: "2025-01-14" or "2016-11-25T15:55-05:00".
    pub iso: String,
    /// The other reading of an ambiguous numeric date.
    pub alternative: Option<String>,
    /// The date as written, without its label ("Published", "Updated").
    pub text: String,
}

/// Reads a line that is a date, optionally after a label ("Published", "Updated on").
pub(crate) fn parse_date_line(line: &str) -> Option<(DateKind, ParsedDate)> {
    let (kind, rest) = strip_label(line);
    parse_date(rest).map(|date| (kind, date))
}

/// Splits off a date label, telling what kind of date it introduces.
pub(crate) fn strip_label(line: &str) -> (DateKind, &str) {
    let lower = line.to_lowercase();
    for (label, kind) in &lists().date_labels {
        if starts_with_phrase(&lower, label)
            && let Some(rest) = line
                .get(..label.len())
                .filter(|head| head.eq_ignore_ascii_case(label))
                .and_then(|_| line.get(label.len()..))
        {
            return (
                *kind,
                rest.trim_start_matches(|c: char| c == ':' || is_space(c)),
            );
        }
    }
    (DateKind::Plain, line)
}

/// Reads text that is a date and nothing else.
pub(crate) fn parse_date(text: &str) -> Option<ParsedDate> {
    let text = text.trim_matches(|c: char| {
        matches!(c, '|' | '·' | '•' | '-' | '—' | '–' | ',') || is_space(c)
    });
    if text.is_empty() || text.split_whitespace().count() > 10 {
        return None;
    }
    let tokens: Vec<String> = text
        .split(|c: char| is_space(c) || c == ',')
        .map(|t| t.trim_matches(|c| c == '(' || c == ')').to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let mut parts = Parts::default();
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        let next_is_meridiem = tokens.get(i + 1).is_some_and(|t| meridiem(t).is_some());
        if !parts.take(token, next_is_meridiem) {
            return None;
        }
        i += 1;
    }
    parts.finish(text)
}

/// Reads a strict ISO 8601 date ("2025-04-05", "2025-04-05T10:00Z",
/// "2025-04-05T10:00:00+03:00"), as a sidecar gives it.
pub(crate) fn parse_iso(text: &str) -> Option<String> {
    let t = text.trim();
    let starts_iso = t.get(..5).is_some_and(|head| {
        head.get(..4)
            .is_some_and(|y| y.chars().all(|c| c.is_ascii_digit()))
            && head.ends_with('-')
    });
    if !starts_iso || t.contains(char::is_whitespace) {
        return None;
    }
    parse_date(t).map(|d| d.iso)
}

/// The parts of a date found so far.
#[derive(Default)]
struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    /// A numeric date: the three numbers in written order, and whether the year leads.
    numeric: Option<(u32, u32, i32, bool)>,
    hour: Option<u32>,
    minute: Option<u32>,
    second: Option<u32>,
    pm: Option<bool>,
    zone: Option<String>,
}

impl Parts {
    /// Takes one token; false when it cannot be part of a date.
    fn take(&mut self, token: &str, next_is_meridiem: bool) -> bool {
        let word = token.trim_end_matches('.');
        let l = lists();
        if matches!(
            word,
            "at" | "on" | "of" | "the" | "|" | "·" | "•" | "-" | "—" | "–" | "/"
        ) || l.weekdays.iter().any(|w| w == word)
        {
            return true;
        }
        if let Some((_, number)) = l.months.iter().find(|(name, _)| name == word) {
            return self.month.replace(*number).is_none();
        }
        if let Some(pm) = meridiem(token) {
            return self.pm.replace(pm).is_none();
        }
        if let Some(offset) = zone(token) {
            return self.zone.replace(offset).is_none();
        }
        if let Some((date, time)) = token.split_once('t')
            && date.contains('-')
        {
            return self.take_numeric(date) && self.take_time(time);
        }
        if self.take_time(token) {
            return true;
        }
        if token.matches(['-', '/', '.']).count() == 2 {
            return self.take_numeric(token);
        }
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = word.get(digits.len()..).unwrap_or("");
        if digits.is_empty()
            || !digits.chars().all(|c| c.is_ascii_digit())
            || !matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        {
            return false;
        }
        let Ok(n) = digits.parse::<u32>() else {
            return false;
        };
        if digits.len() == 4 && suffix.is_empty() {
            self.year.replace(n as i32).is_none()
        } else if digits.len() <= 2 && next_is_meridiem && suffix.is_empty() {
            self.hour.replace(n).is_none() && self.minute.replace(0).is_none()
        } else if digits.len() <= 2 {
            self.day.replace(n).is_none()
        } else {
            false
        }
    }

    /// "05-04-2025", "2025-05-04", "05/04/2025", "05.04.2025".
    fn take_numeric(&mut self, token: &str) -> bool {
        let nums: Vec<&str> = token.split(['-', '/', '.']).collect();
        let [a, b, c] = nums.as_slice() else {
            return false;
        };
        let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if !(all_digits(a) && all_digits(b) && all_digits(c)) || self.numeric.is_some() {
            return false;
        }
        let (Ok(na), Ok(nb), Ok(nc)) = (a.parse::<u32>(), b.parse::<u32>(), c.parse::<u32>())
        else {
            return false;
        };
        if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
            self.numeric = Some((nb, nc, na as i32, true));
        } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
            self.numeric = Some((na, nb, nc as i32, false));
        } else {
            return false;
        }
        true
    }

    /// "3:55pm", "15:55", "14.20", "10:30:00z", "10:30+03:00".
    fn take_time(&mut self, token: &str) -> bool {
        let mut t = token;
        let mut pm = None;
        for (suffix, is_pm) in [("p.m.", true), ("a.m.", false), ("pm", true), ("am", false)] {
            if let Some(rest) = t.strip_suffix(suffix) {
                t = rest;
                pm = Some(is_pm);
                break;
            }
        }
        let mut offset = None;
        if let Some(rest) = t.strip_suffix('z') {
            t = rest;
            offset = Some("+00:00".to_string());
        } else if let Some(at) = t.rfind(['+', '-']).filter(|&at| at > 0) {
            offset = zone(t.get(at..).unwrap_or(""));
            if offset.is_none() {
                return false;
            }
            t = t.get(..at).unwrap_or("");
        }
        let separator = if t.contains(':') { ':' } else { '.' };
        let fields: Vec<&str> = t.split(separator).collect();
        let number = |s: &&str| -> Option<u32> {
            (!s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let (hour, minute, second) = match fields.as_slice() {
            [h, m] if m.len() == 2 => (number(h), number(m), Some(None)),
            [h, m, s] if separator == ':' && m.len() == 2 && s.len() == 2 => {
                (number(h), number(m), number(s).map(Some))
            }
            _ => return false,
        };
        let (Some(hour), Some(minute), Some(second)) = (hour, minute, second) else {
            return false;
        };
        if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) || self.hour.is_some() {
            return false;
        }
        self.hour = Some(hour);
        self.minute = Some(minute);
        self.second = second;
        if pm.is_some() {
            self.pm = pm;
        }
        if offset.is_some() {
            self.zone = offset;
        }
        true
    }

    /// The date, when the parts make one.
    fn finish(self, text: &str) -> Option<ParsedDate> {
        let time = self.time_suffix()?;
        let with_time = |d: String| format!("{d}{time}");
        match (self.numeric, self.year, self.month, self.day) {
            (Some((first, second, year, year_first)), None, None, None) => {
                if year_first {
                    let iso = ymd(year, first, second)?;
                    return Some(ParsedDate {
                        iso: with_time(iso),
                        alternative: None,
                        text: text.to_string(),
                    });
                }
                let month_first = ymd(year, first, second);
                let day_first = ymd(year, second, first);
                let (iso, alternative) = match (month_first, day_first) {
                    (Some(m), Some(d)) if m != d => (m, Some(d)),
                    (Some(m), _) => (m, None),
                    (None, Some(d)) => (d, None),
                    (None, None) => return None,
                };
                Some(ParsedDate {
                    iso: with_time(iso),
                    alternative: alternative.map(with_time),
                    text: text.to_string(),
                })
            }
            (None, Some(year), Some(month), Some(day)) => Some(ParsedDate {
                iso: with_time(ymd(year, month, day)?),
                alternative: None,
                text: text.to_string(),
            }),
            _ => None,
        }
    }

    /// "THH:MM±HH:MM" when a time and a zone are stated; "" when either is missing;
    /// None when the time is impossible ("13:00 PM").
    fn time_suffix(&self) -> Option<String> {
        let (Some(hour), Some(minute)) = (self.hour, self.minute) else {
            return self.pm.is_none().then(String::new);
        };
        let hour = match self.pm {
            Some(_) if hour == 0 || hour > 12 => return None,
            Some(true) => hour % 12 + 12,
            Some(false) => hour % 12,
            None => hour,
        };
        Some(match (&self.zone, self.second) {
            (Some(zone), Some(s)) => format!("T{hour:02}:{minute:02}:{s:02}{zone}"),
            (Some(zone), None) => format!("T{hour:02}:{minute:02}{zone}"),
            (None, _) => String::new(),
        })
    }
}

/// "am"/"pm" in their written forms: Some(true) for pm.
fn meridiem(token: &str) -> Option<bool> {
    match token {
        "pm" | "p.m." | "p.m" => Some(true),
        "am" | "a.m." | "a.m" => Some(false),
        _ => None,
    }
}

/// A time zone as an offset: an abbreviation from the list ("est"), "+03:00", "-0500",
/// or "utc+3" / "gmt-5".
fn zone(token: &str) -> Option<String> {
    if let Some((_, offset)) = lists().zones.iter().find(|(name, _)| name == token) {
        return Some(offset.clone());
    }
    let signed = ["utc", "gmt"]
        .iter()
        .find_map(|p| token.strip_prefix(p))
        .unwrap_or(token);
    let (sign, rest) = match signed.chars().next() {
        Some('+') => ('+', signed.get(1..)?),
        Some('-') => ('-', signed.get(1..)?),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<u32>().ok()?, 0),
        4 => (
            digits.get(..2)?.parse().ok()?,
            digits.get(2..)?.parse().ok()?,
        ),
        _ => return None,
    };
    (h <= 14 && m <= 59).then(|| format!("{sign}{h:02}:{m:02}"))
}

/// An ISO date as a reader reads it: "2016-11-25T15:55-05:00" is "25 November 2016,
/// 3:55 PM EST" when the capture wrote the zone's name (`written`), else "…, 3:55 PM
/// UTC−05:00"; "2025-01-14" is "14 January 2025". What is not an ISO date comes back
/// as it is.
pub fn in_words(iso: &str, written: Option<&str>) -> String {
    // Built from the ISO text's own digits, without number formatting: this runs in
    // the browser, where every formatting routine costs wasm.
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let digits = |range: std::ops::Range<usize>| {
        iso.get(range.clone())
            .filter(|s| s.len() == range.len() && s.bytes().all(|b| b.is_ascii_digit()))
    };
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return iso.to_string();
    };
    let month_index = month
        .bytes()
        .fold(0usize, |n, b| n * 10 + usize::from(b - b'0'));
    let Some(month_name) = month_index.checked_sub(1).and_then(|m| MONTHS.get(m)) else {
        return iso.to_string();
    };
    let mut out = String::with_capacity(40);
    out.push_str(day.trim_start_matches('0'));
    out.push(' ');
    out.push_str(month_name);
    out.push(' ');
    out.push_str(year);
    let (Some(hour), Some(minute)) = (digits(11..13), digits(14..16)) else {
        return out;
    };
    const HOURS: [&str; 12] = [
        "12", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
    ];
    let h = hour
        .bytes()
        .fold(0usize, |n, b| n * 10 + usize::from(b - b'0'));
    out.push_str(", ");
    out.push_str(HOURS.get(h % 12).copied().unwrap_or(hour));
    out.push(':');
    out.push_str(minute);
    out.push_str(if h < 12 { " AM" } else { " PM" });
    let offset = iso
        .get(16..)
        .unwrap_or("")
        .trim_start_matches(|c: char| c == ':' || c.is_ascii_digit());
    // The zone's name as the capture wrote it, when it is the one the offset says.
    let named = written.and_then(|w| {
        w.split(|c: char| !c.is_alphabetic())
            .filter(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_uppercase()))
            .find(|t| zone(&t.to_lowercase()).as_deref() == Some(offset))
    });
    match (named, offset) {
        (Some(name), _) => {
            out.push(' ');
            out.push_str(name);
        }
        (None, "") => {}
        (None, "Z" | "+00:00") => out.push_str(" UTC"),
        (None, o) => {
            out.push_str(" UTC");
            out.push_str(&o.replacen('-', "−", 1));
        }
    }
    out
}

/// "YYYY-MM-DD" when the day exists.
fn ymd(year: i32, month: u32, day: u32) -> Option<String> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1800..=2200).contains(&year) && (1..=days).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words() {
        let cases = [
            ("date", "2025-01-14", None, "14 January 2025"),
            (
                "named zone",
                "2016-11-25T15:55-05:00",
                Some("November 25, 2016 3:55PM (EST)"),
                "25 November 2016, 3:55 PM EST",
            ),
            (
                "offset",
                "2025-06-03T14:10-05:00",
                None,
                "3 June 2025, 2:10 PM UTC−05:00",
            ),
            (
                "utc",
                "2025-03-09T00:14+00:00",
                None,
                "9 March 2025, 12:14 AM UTC",
            ),
            (
                "no zone",
                "2025-03-09T12:05",
                None,
                "9 March 2025, 12:05 PM",
            ),
            ("not a date", "sometime", None, "sometime"),
        ];
        for (name, iso, written, expected) in cases {
            assert_eq!(in_words(iso, written), expected, "{name}");
        }
    }
    use crate::ingest::test_support::check_table;

    /// (kind, iso, alternative, text) as plain strings, for readable tables.
    type Reading = Option<(DateKind, String, Option<String>, String)>;

    fn read(line: &str) -> Reading {
        parse_date_line(line).map(|(k, d)| (k, d.iso, d.alternative, d.text))
    }

    fn plain(iso: &str, text: &str) -> Reading {
        Some((DateKind::Plain, iso.into(), None, text.into()))
    }

    #[test]
    fn reads_date_lines() {
        let cases: Vec<(&str, &str, Reading)> = vec![
            (
                "month day, year",
                "January 14, 2025",
                plain("2025-01-14", "January 14, 2025"),
            ),
            (
                "published with time and zone",
                "Published November 25, 2016 3:55PM (EST)",
                Some((
                    DateKind::Published,
                    "2016-11-25T15:55-05:00".into(),
                    None,
                    "November 25, 2016 3:55PM (EST)".into(),
                )),
            ),
            (
                "ambiguous numeric",
                "05-04-2025",
                Some((
                    DateKind::Plain,
                    "2025-05-04".into(),
                    Some("2025-04-05".into()),
                    "05-04-2025".into(),
                )),
            ),
            (
                "day first by size",
                "25/04/2025",
                plain("2025-04-25", "25/04/2025"),
            ),
            (
                "same both ways",
                "04.04.2025",
                plain("2025-04-04", "04.04.2025"),
            ),
            (
                "weekday, 24-hour time with a dot",
                "First published on Mon 3 Feb 2025 14.20 GMT",
                Some((
                    DateKind::Published,
                    "2025-02-03T14:20+00:00".into(),
                    None,
                    "Mon 3 Feb 2025 14.20 GMT".into(),
                )),
            ),
            (
                "time before date",
                "Updated 3:12 PM EST, March 3, 2024",
                Some((
                    DateKind::Updated,
                    "2024-03-03T15:12-05:00".into(),
                    None,
                    "3:12 PM EST, March 3, 2024".into(),
                )),
            ),
            (
                "time without zone",
                "March 3, 2024 at 9:05 a.m.",
                plain("2024-03-03", "March 3, 2024 at 9:05 a.m."),
            ),
            ("iso", "2024-02-11", plain("2024-02-11", "2024-02-11")),
            (
                "iso datetime",
                "2024-02-11T10:30:00Z",
                plain("2024-02-11T10:30:00+00:00", "2024-02-11T10:30:00Z"),
            ),
            (
                "ordinal",
                "3rd of March 2024",
                plain("2024-03-03", "3rd of March 2024"),
            ),
            (
                "abbreviated month",
                "Sept. 9, 2001",
                plain("2001-09-09", "Sept. 9, 2001"),
            ),
            (
                "leap day",
                "29 February 2024",
                plain("2024-02-29", "29 February 2024"),
            ),
            ("no such day", "30 February 2024", None),
            ("no year", "January 14", None),
            ("two-digit year", "05-04-25", None),
            ("a sentence", "On January 14, 2025 the talks began.", None),
            ("13 pm", "March 3, 2024 13:00 PM", None),
            ("two months", "March April 3, 2024", None),
            ("empty", "", None),
        ];
        check_table(&cases, |line| read(line));
    }

    #[test]
    fn reads_strict_iso_only() {
        let some = |s: &str| Some(s.to_string());
        let cases = vec![
            ("date", "2025-04-05", some("2025-04-05")),
            (
                "with zone",
                "2025-04-05T10:00+03:00",
                some("2025-04-05T10:00+03:00"),
            ),
            ("month name", "April 5, 2025", None),
            ("day first", "05-04-2025", None),
            ("bad month", "2025-13-01", None),
        ];
        check_table(&cases, |s| parse_iso(s));
    }
}
