//! Calendar dates (`YYYY-MM-DD`) for person roles and article dates.

use std::fmt;

/// Calendar words live with the tokenizer, which every stage shares.
pub use detente_text::calendar::{is_calendar_name, MONTH_NAMES, WEEKDAY_NAMES};

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

/// Days from 1970-01-01 to `year`-`month`-`day` of the proleptic Gregorian calendar (negative
/// before 1970). Pure arithmetic after Howard Hinnant's `days_from_civil`: the date is not
/// checked, so callers may step past a month's end or a year's last month and get the
/// following day number.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The year, month and day of a day number counted from 1970-01-01 (the inverse of
/// [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // Both are small and positive by construction (1..=12, 1..=31).
    (year, month as u32, day as u32)
}

impl Date {
    /// Days from 1970-01-01 (negative before).
    pub fn day_number(self) -> i64 {
        days_from_civil(
            i64::from(self.year),
            u32::from(self.month),
            u32::from(self.day),
        )
    }

    /// The date of a day number, or `None` outside years 1 to 9999.
    pub fn from_day_number(days: i64) -> Option<Date> {
        let (year, month, day) = civil_from_days(days);
        Date::new(u16::try_from(year).ok()?, month as u8, day as u8)
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
    fn day_numbers_round_trip() {
        let date = |text| Date::parse(text).unwrap();
        assert_eq!(date("1970-01-01").day_number(), 0);
        assert_eq!(date("2000-03-01").day_number(), 11_017);
        assert_eq!(date("1969-12-31").day_number(), -1);
        for days in [-719_162, -1, 0, 59, 60, 11_016, 20_000, 2_932_896] {
            let back = Date::from_day_number(days).map(Date::day_number);
            assert_eq!(back, Some(days), "{days}");
        }
        assert_eq!(Date::from_day_number(-719_163), None);
        assert_eq!(Date::from_day_number(2_932_897), None);
    }

    #[test]
    fn previous_day_crosses_months_and_years() {
        let date = |text| Date::parse(text).unwrap();
        assert_eq!(date("2024-03-01").previous(), Some(date("2024-02-29")));
        assert_eq!(date("2025-01-01").previous(), Some(date("2024-12-31")));
        assert_eq!(date("2025-05-10").previous(), Some(date("2025-05-09")));
    }
}
