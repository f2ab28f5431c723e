//! Calendar dates (`YYYY-MM-DD`) for person roles and article dates.

use std::fmt;

/// A day of the proleptic Gregorian calendar. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, 1..=9999.
    pub year: u16,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of the month, 1..=31 (checked against the month).
    pub day: u8,
}

impl Date {
    /// Makes a date when `year`, `month`, `day` name a real day.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        (day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    /// The day before, or `None` before year 1.
    pub fn previous(self) -> Option<Date> {
        if self.day > 1 {
            return Some(Date {
                day: self.day - 1,
                ..self
            });
        }
        if self.month > 1 {
            let month = self.month - 1;
            return Some(Date {
                month,
                day: days_in_month(self.year, month),
                ..self
            });
        }
        Date::new(self.year.checked_sub(1)?, 12, 31)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{:04}-{:02}-{:02}",
            self.year, self.month, self.day
        )
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    fn check(text: &str, expected: Option<&str>) {
        let parsed = Date::parse(text).map(|date| date.to_string());
        assert_eq!(parsed.as_deref(), expected, "{text}");
    }

    #[test]
    fn parses_real_days_only() {
        check("2025-03-29", Some("2025-03-29"));
        check("2024-02-29", Some("2024-02-29"));
        check("2023-02-29", None);
        check("2025-13-01", None);
        check("2025-3-29", None);
        check("+025-03-29", None);
        check("", None);
    }

    #[test]
    fn previous_day_crosses_months_and_years() {
        let date = |text| Date::parse(text).unwrap();
        assert_eq!(date("2024-03-01").previous(), Some(date("2024-02-29")));
        assert_eq!(date("2025-01-01").previous(), Some(date("2024-12-31")));
        assert_eq!(date("2025-05-10").previous(), Some(date("2025-05-09")));
    }
}
