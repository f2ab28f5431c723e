//! Calendar words in lower case: what segmentation, parsing and date reading all recognise.

/// Month names in lower case, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names in lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True for a weekday or month name in lower case.
pub fn is_calendar_name(lower: &str) -> bool {
    WEEKDAY_NAMES.contains(&lower) || MONTH_NAMES.contains(&lower)
}
