//! The period of a report, as typed in the impact page's form or given to `tifawt report
//! export`: two days, both included, or the last twelve months.

/// The period asked for, both days included, or the last twelve months up to today (and
/// whether the dates given were wrong). Years have four digits: days are compared as
/// `YYYY-MM-DD` text, and a day after the last is computed, which must not overflow.
pub fn period(
    from: &str,
    to: &str,
    today: chrono::NaiveDate,
) -> (chrono::NaiveDate, chrono::NaiveDate, bool) {
    use chrono::Datelike;
    let parse = |s: &str| {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .filter(|d| (1000..=9999).contains(&d.year()))
    };
    let default = (today - chrono::Duration::days(364), today);
    match (from.is_empty() && to.is_empty(), parse(from), parse(to)) {
        (true, _, _) => (default.0, default.1, false),
        (_, Some(f), Some(t)) if f <= t => (f, t, false),
        _ => (default.0, default.1, true),
    }
}

#[cfg(test)]
mod tests {
    use super::period;
    use chrono::NaiveDate;

    #[test]
    fn a_period_is_two_days_in_order_with_four_digit_years() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let last_year = (day("2025-12-07"), today, false);
        assert_eq!(period("", "", today), last_year);
        assert_eq!(
            period("2026-01-01", "2026-03-31", today),
            (day("2026-01-01"), day("2026-03-31"), false)
        );
        for (from, to) in [
            ("2026-03-31", "2026-01-01"),
            ("2026-13-01", "x"),
            ("2020-01-01", "+262143-12-31"),
            ("2020-01-01", "262143-12-31"),
            ("-0001-01-01", "2020-01-01"),
            ("0999-12-31", "2020-01-01"),
            ("2020-01-01", "10000-01-01"),
        ] {
            assert_eq!(
                period(from, to, today),
                (last_year.0, last_year.1, true),
                "{from} {to}"
            );
        }
    }
}
