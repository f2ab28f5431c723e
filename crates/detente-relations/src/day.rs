//! Calendar days as plain numbers, and the time windows that group them.
//!
//! A [`Day`] counts days from 1970-01-01 in the proleptic Gregorian calendar, so differences
//! are ages in days and windows are half-open ranges of numbers.

use std::fmt;

/// A calendar day, counted from 1970-01-01 (day 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    /// The day of `year`-`month`-`day`, when that names a real day between years 1 and 9999.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Day(days_from_civil(year, month, day)))
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            if part.bytes().all(|byte| byte.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = i32::try_from(digits(0..4)?).ok()?;
        Day::from_ymd(year, digits(5..7)?, digits(8..10)?)
    }

    /// Year, month and day of the month.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.0 + 3).rem_euclid(7) as u32
    }
}

impl fmt::Display for Day {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(formatter, "{year:04}-{month:02}-{day:02}")
    }
}

/// The length of the windows a series is cut into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Window {
    /// One calendar day.
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A calendar quarter (January, April, July, October).
    Quarter,
    /// A calendar year.
    Year,
    /// The whole period covered by the events, as one window.
    All,
}

impl Window {
    /// The names the command line and JSON use.
    pub const NAMES: [&'static str; 6] = ["day", "week", "month", "quarter", "year", "all"];

    /// The window named `name` (one of [`Window::NAMES`]).
    pub fn parse(name: &str) -> Option<Window> {
        Some(match name {
            "day" => Window::Day,
            "week" => Window::Week,
            "month" => Window::Month,
            "quarter" => Window::Quarter,
            "year" => Window::Year,
            "all" => Window::All,
            _ => return None,
        })
    }

    /// The window's name.
    pub fn name(self) -> &'static str {
        match self {
            Window::Day => "day",
            Window::Week => "week",
            Window::Month => "month",
            Window::Quarter => "quarter",
            Window::Year => "year",
            Window::All => "all",
        }
    }

    /// The half-open windows `[start, end)` that cover `first..=last`, in order. `All` gives
    /// one window from `first` to `last`.
    pub fn cover(self, first: Day, last: Day) -> Vec<(Day, Day)> {
        if last < first {
            return Vec::new();
        }
        if self == Window::All {
            return vec![(first, Day(last.0 + 1))];
        }
        let mut windows = Vec::new();
        let mut start = self.start_of(first);
        while start <= last {
            let end = self.next_start(start);
            windows.push((start, end));
            start = end;
        }
        windows
    }

    /// The first day of the window holding `day` (`day` itself for `All`).
    pub fn start_of(self, day: Day) -> Day {
        let (year, month, _) = day.ymd();
        match self {
            Window::Day | Window::All => day,
            Window::Week => Day(day.0 - day.weekday() as i32),
            Window::Month => Day(days_from_civil(year, month, 1)),
            Window::Quarter => Day(days_from_civil(year, (month - 1) / 3 * 3 + 1, 1)),
            Window::Year => Day(days_from_civil(year, 1, 1)),
        }
    }

    /// The first day of the window after the one starting at `start`.
    fn next_start(self, start: Day) -> Day {
        let (year, month, _) = start.ymd();
        let add_months = |months: u32| {
            let index = month - 1 + months;
            Day(days_from_civil(
                year + (index / 12) as i32,
                index % 12 + 1,
                1,
            ))
        };
        match self {
            Window::Day | Window::All => Day(start.0 + 1),
            Window::Week => Day(start.0 + 7),
            Window::Month => add_months(1),
            Window::Quarter => add_months(3),
            Window::Year => Day(days_from_civil(year + 1, 1, 1)),
        }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a civil date (arithmetic in `detente_lexicon::date`). Day numbers
/// of years 1 to 10000 fit an `i32` many times over.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    detente_lexicon::days_from_civil(i64::from(year), month, day) as i32
}

/// The civil date of a day number (inverse of [`days_from_civil`]).
fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let (year, month, day) = detente_lexicon::civil_from_days(i64::from(days));
    (year as i32, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(window: Window, first: &str, last: &str, expected: &[(&str, &str)]) {
        let (Some(first), Some(last)) = (Day::parse(first), Day::parse(last)) else {
            panic!("bad test dates");
        };
        let got: Vec<(String, String)> = window
            .cover(first, last)
            .into_iter()
            .map(|(start, end)| (start.to_string(), end.to_string()))
            .collect();
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(start, end)| (start.to_string(), end.to_string()))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn windows_cover_the_period() {
        check(
            Window::Month,
            "2024-12-31",
            "2025-02-01",
            &[
                ("2024-12-01", "2025-01-01"),
                ("2025-01-01", "2025-02-01"),
                ("2025-02-01", "2025-03-01"),
            ],
        );
        // 2025-01-01 was a Wednesday; its ISO week starts on Monday 2024-12-30.
        check(
            Window::Week,
            "2025-01-01",
            "2025-01-06",
            &[("2024-12-30", "2025-01-06"), ("2025-01-06", "2025-01-13")],
        );
        check(
            Window::Quarter,
            "2025-03-31",
            "2025-04-01",
            &[("2025-01-01", "2025-04-01"), ("2025-04-01", "2025-07-01")],
        );
        check(
            Window::Year,
            "2024-02-29",
            "2024-12-31",
            &[("2024-01-01", "2025-01-01")],
        );
        check(
            Window::All,
            "2025-01-14",
            "2025-05-09",
            &[("2025-01-14", "2025-05-10")],
        );
        check(Window::Day, "2025-01-02", "2025-01-01", &[]);
    }

    #[test]
    fn days_round_trip() {
        for number in -800_000..800_000 {
            let day = Day(number);
            let (year, month, date) = day.ymd();
            if (1..=9999).contains(&year) {
                assert_eq!(Day::from_ymd(year, month, date), Some(day));
            }
        }
        assert_eq!(Day::parse("1970-01-01"), Some(Day(0)));
        assert_eq!(Day::parse("2025-02-29"), None);
        assert_eq!(Day::parse("2025-1-01"), None);
        assert_eq!(Day::parse("２０２5-01-01"), None);
    }
}
