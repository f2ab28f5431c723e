//! Hand-computed series and triangles on small event sets, and property tests.

use detente_code::{ClusterInfo, EventRecord, StoredEvent};
use proptest::prelude::*;

use crate::dyad::{series, Direction, Empty, SeriesConfig};
use crate::observe::{observe, Actor, Weight};
use crate::plot::PlotFormat;
use crate::triad::{self, classify, Configuration, EdgeMeasure, Sign, SignConfig};
use crate::{Day, Window};

/// A stored event: `source` and `target` are full actor codes whose first three letters are
/// the country.
fn event(id: i64, date: &str, source: &str, target: &str, goldstein: f32, quad: u8) -> StoredEvent {
    let json = serde_json::json!({
        "schema": 1, "record": "event", "article_id": format!("a{id}"), "sentence_index": 0,
        "event_date": date, "source_text": source, "source_code": source,
        "source_country": &source[..3], "source_sector": null, "target_text": target,
        "target_code": target, "target_country": &target[..3], "target_sector": null,
        "cameo_code": "040", "cameo_base": "040", "cameo_root": "04", "plover_type": null,
        "plover_mode": null, "plover_context": null, "goldstein": goldstein, "quad_class": quad,
        "predicate_text": "met", "predicate_start": 0, "predicate_end": 3, "source_start": 0,
        "source_end": 1, "target_start": null, "target_end": null, "rule": "test", "confidence": 1.0
    });
    let record: EventRecord = serde_json::from_value(json).expect("test record");
    StoredEvent {
        id,
        record,
        sentence_text: format!("sentence {id}"),
        article: Default::default(),
        cluster: ClusterInfo {
            id,
            num_mentions: 1,
            num_sources: 1,
            num_articles: 1,
        },
        coder_version: "test".to_string(),
    }
}

fn actor(code: &str) -> Actor {
    Actor::parse(code).expect("test actor")
}

/// Checks a series' windows: `(start, n, goldstein sum, mean, cooperation, conflict, quad
/// balance)`.
#[allow(clippy::type_complexity)]
fn check(
    events: &[StoredEvent],
    (a, b): (&str, &str),
    config: SeriesConfig,
    weight: Weight,
    expected: &[(&str, f64, f64, Option<f64>, f64, f64, Option<f64>)],
) {
    let observations = observe(events, weight);
    let got = series(events, &observations, &actor(a), &actor(b), &config);
    let got: Vec<_> = got
        .windows
        .iter()
        .map(|window| {
            (
                window.start.to_string(),
                window.n,
                window.goldstein_sum,
                window.goldstein_mean,
                window.cooperation,
                window.conflict,
                window.quad_balance,
            )
        })
        .collect();
    let expected: Vec<_> = expected
        .iter()
        .map(|&(start, n, sum, mean, cooperation, conflict, balance)| {
            (
                start.to_string(),
                n,
                sum,
                mean,
                cooperation,
                conflict,
                balance,
            )
        })
        .collect();
    assert_eq!(got, expected);
}

fn month() -> SeriesConfig {
    SeriesConfig {
        window: Window::Month,
        ..SeriesConfig::default()
    }
}

#[test]
fn monthly_series_by_hand() {
    let events = [
        event(1, "2025-01-05", "RUSGOV", "CHNGOV", 4.0, 1),
        event(2, "2025-01-20", "CHN", "RUSMIL", -2.0, 3),
        event(3, "2025-03-02", "RUS", "CHN", 7.0, 2),
        event(4, "2025-03-09", "USA", "CHN", -10.0, 4),
    ];
    // January: 4 − 2 = 2 over 2 events; February empty; March: one event of 7.
    check(
        &events,
        ("RUS", "CHN"),
        month(),
        Weight::Events,
        &[
            ("2025-01-01", 2.0, 2.0, Some(1.0), 4.0, 2.0, Some(0.0)),
            ("2025-02-01", 0.0, 0.0, None, 0.0, 0.0, None),
            ("2025-03-01", 1.0, 7.0, Some(7.0), 7.0, 0.0, Some(1.0)),
        ],
    );
    // Directed RUS → CHN leaves January's CHN → RUS event out; empty windows read 0.
    check(
        &events,
        ("RUS", "CHN"),
        SeriesConfig {
            direction: Direction::Directed,
            empty: Empty::Zero,
            ..month()
        },
        Weight::Events,
        &[
            ("2025-01-01", 1.0, 4.0, Some(4.0), 4.0, 0.0, Some(1.0)),
            ("2025-02-01", 0.0, 0.0, Some(0.0), 0.0, 0.0, Some(0.0)),
            ("2025-03-01", 1.0, 7.0, Some(7.0), 7.0, 0.0, Some(1.0)),
        ],
    );
    // A longer code matches by prefix: only the RUSGOV event.
    check(
        &events,
        ("RUSGOV", "CHN"),
        SeriesConfig {
            window: Window::All,
            ..month()
        },
        Weight::Events,
        &[("2025-01-05", 1.0, 4.0, Some(4.0), 4.0, 0.0, Some(1.0))],
    );
}

#[test]
fn share_and_decay_by_hand() {
    let events = [
        event(1, "2025-01-01", "RUS", "CHN", 4.0, 1),
        event(2, "2025-01-31", "RUS", "CHN", -2.0, 3),
        event(3, "2025-01-15", "USA", "GBR", 1.0, 1),
        event(4, "2025-01-16", "USA", "GBR", 1.0, 1),
    ];
    let observations = observe(&events, Weight::Events);
    let config = SeriesConfig {
        half_life_days: 30.0,
        ..month()
    };
    let got = series(
        &events,
        &observations,
        &actor("RUS"),
        &actor("CHN"),
        &config,
    );
    let window = &got.windows[0];
    assert_eq!(window.share, Some(0.5));
    // At 2025-01-31 the first event is 30 days (one half-life) old: (4·½ − 2·1) / (½ + 1) = 0.
    let decayed = window.decayed.expect("decayed score");
    assert!(decayed.abs() < 1e-12, "{decayed}");
}

#[test]
fn duplicates_count_once_or_by_articles() {
    let mut events = vec![
        event(1, "2025-01-05", "RUS", "CHN", 4.0, 1),
        event(2, "2025-01-06", "RUS", "CHN", 4.0, 1),
        event(3, "2025-01-07", "RUS", "CHN", -6.0, 4),
    ];
    // Mentions 1 and 2 are one event reported by two articles.
    events[1].cluster.id = 1;
    for mention in &mut events[..2] {
        mention.cluster.num_mentions = 2;
        mention.cluster.num_articles = 2;
    }
    let all = SeriesConfig {
        window: Window::All,
        ..month()
    };
    check(
        &events,
        ("RUS", "CHN"),
        all,
        Weight::Events,
        &[("2025-01-05", 2.0, -2.0, Some(-1.0), 4.0, 6.0, Some(0.0))],
    );
    check(
        &events,
        ("RUS", "CHN"),
        all,
        Weight::Mentions,
        &[(
            "2025-01-05",
            3.0,
            2.0,
            Some(2.0 / 3.0),
            8.0,
            6.0,
            Some(1.0 / 3.0),
        )],
    );
}

#[test]
fn undated_events_are_counted_apart() {
    let mut events = vec![event(1, "2025-01-05", "RUS", "CHN", 4.0, 1)];
    events.push(event(2, "2025-01-05", "RUS", "CHN", 4.0, 1));
    events[1].record.event_date = None;
    let observations = observe(&events, Weight::Events);
    assert_eq!((observations.items.len(), observations.undated), (1, 1));
}

fn signs(text: &str) -> [Sign; 3] {
    let mut signs = [Sign::Indeterminate; 3];
    for (slot, symbol) in signs.iter_mut().zip(text.chars()) {
        *slot = match symbol {
            '+' => Sign::Positive,
            '-' => Sign::Negative,
            _ => Sign::Indeterminate,
        };
    }
    signs
}

#[test]
fn every_configuration_by_hand() {
    // Edges in order 0–1, 0–2, 1–2.
    let cases = [
        ("+++", Configuration::MenageATrois),
        (
            "++-",
            Configuration::RomanticTriangle {
                pivot: 0,
                wings: [1, 2],
            },
        ),
        (
            "+-+",
            Configuration::RomanticTriangle {
                pivot: 1,
                wings: [0, 2],
            },
        ),
        (
            "-++",
            Configuration::RomanticTriangle {
                pivot: 2,
                wings: [0, 1],
            },
        ),
        (
            "--+",
            Configuration::StableMarriage {
                partners: [1, 2],
                outcast: 0,
            },
        ),
        ("---", Configuration::UnitVeto),
        ("+?+", Configuration::Indeterminate),
    ];
    for (text, expected) in cases {
        let got = classify(signs(text));
        assert_eq!(got, expected, "{text}");
    }
    assert_eq!(Configuration::MenageATrois.balanced(), Some(true));
    assert_eq!(classify(signs("++-")).balanced(), Some(false));
    assert_eq!(classify(signs("+--")).balanced(), Some(true));
    assert_eq!(Configuration::UnitVeto.balanced(), Some(false));
    assert_eq!(Configuration::UnitVeto.weakly_balanced(), Some(true));
    assert_eq!(classify(signs("-++")).weakly_balanced(), Some(false));
}

/// `edges` gives Goldstein values for RUS–CHN, RUS–USA and CHN–USA, two events each.
fn triangle_of(edges: [[f32; 2]; 3], sign: SignConfig) -> triad::Triad {
    let pairs = [("RUS", "CHN"), ("RUS", "USA"), ("CHN", "USA")];
    let mut events = Vec::new();
    for (edge, (source, target)) in pairs.iter().enumerate() {
        for (value_index, &value) in edges[edge].iter().enumerate() {
            let id = (edge * 2 + value_index) as i64;
            let quad = if value >= 0.0 { 1 } else { 3 };
            events.push(event(id, "2025-02-10", source, target, value, quad));
        }
    }
    let observations = observe(&events, Weight::Events);
    let actors = [actor("RUS"), actor("CHN"), actor("USA")];
    triad::triad(&events, &observations, &actors, &month(), &sign)
}

#[test]
fn triangles_with_and_without_thresholds() {
    let plain = SignConfig {
        measure: EdgeMeasure::Mean,
        epsilon: 0.0,
        min_events: 1.0,
    };
    let romantic = triangle_of([[3.0, 4.0], [1.0, 2.0], [-5.0, -3.0]], plain);
    assert_eq!(
        romantic.overall.configuration,
        Configuration::RomanticTriangle {
            pivot: 0,
            wings: [1, 2]
        }
    );
    // min(3.5, 1.5) − (−4) = 5.5
    assert_eq!(romantic.overall.pivot_advantage, Some(5.5));
    assert_eq!(romantic.windows.len(), 1);
    assert_eq!(
        romantic.windows[0].configuration,
        romantic.overall.configuration
    );
    // ε = 2 turns the RUS–USA edge (mean 1.5) indeterminate.
    let strict = triangle_of(
        [[3.0, 4.0], [1.0, 2.0], [-5.0, -3.0]],
        SignConfig {
            epsilon: 2.0,
            ..plain
        },
    );
    assert_eq!(strict.overall.edges[1].sign, Sign::Indeterminate);
    assert_eq!(strict.overall.configuration, Configuration::Indeterminate);
    // Three events needed: every edge has two.
    let few = triangle_of(
        [[3.0, 4.0], [1.0, 2.0], [-5.0, -3.0]],
        SignConfig {
            min_events: 3.0,
            ..plain
        },
    );
    assert_eq!(few.overall.configuration, Configuration::Indeterminate);
    let cases = [
        ([[3.0, 4.0], [1.0, 2.0], [5.0, 3.0]], "menage_a_trois"),
        ([[3.0, 4.0], [-1.0, -2.0], [-5.0, -3.0]], "stable_marriage"),
        ([[-3.0, -4.0], [-1.0, -2.0], [-5.0, -3.0]], "unit_veto"),
        ([[-3.0, 1.0], [1.0, 2.0], [-5.0, -3.0]], "stable_marriage"),
    ];
    for (edges, expected) in cases {
        let got = triangle_of(edges, plain);
        assert_eq!(got.overall.configuration.name(), expected, "{edges:?}");
    }
    // The quad-balance measure reads the same events on a −1..1 scale.
    let quad = triangle_of(
        [[3.0, -4.0], [1.0, 2.0], [-5.0, -3.0]],
        SignConfig {
            measure: EdgeMeasure::QuadBalance,
            ..plain
        },
    );
    assert_eq!(quad.overall.edges[0].score, Some(0.0));
    assert_eq!(quad.overall.configuration, Configuration::Indeterminate);
}

#[test]
fn transitions_skip_indeterminate_windows() {
    let mut events = Vec::new();
    let mut id = 0;
    let mut add = |date: &str, source: &str, target: &str, value: f32| {
        id += 1;
        events.push(event(id, date, source, target, value, 1));
    };
    for date in ["2025-01-10", "2025-03-10"] {
        add(date, "RUS", "CHN", 5.0);
        add(date, "RUS", "USA", 5.0);
        add(
            date,
            "CHN",
            "USA",
            if date < "2025-02" { 5.0 } else { -5.0 },
        );
    }
    let observations = observe(&events, Weight::Events);
    let actors = [actor("RUS"), actor("CHN"), actor("USA")];
    let sign = SignConfig {
        min_events: 1.0,
        ..SignConfig::default()
    };
    let found = triad::triad(&events, &observations, &actors, &month(), &sign);
    let names: Vec<&str> = found
        .windows
        .iter()
        .map(|window| window.configuration.name())
        .collect();
    assert_eq!(
        names,
        ["menage_a_trois", "indeterminate", "romantic_triangle"]
    );
    assert_eq!(found.transitions.len(), 1);
    assert_eq!(Some(found.transitions[0].at), Day::parse("2025-03-01"));
    let balance = triad::balance(&events, &observations, &actors, None, &sign);
    // Overall CHN–USA averages 0: indeterminate, so no closed triad.
    assert_eq!(
        (balance.triads, balance.closed, balance.ratio()),
        (1, 0, None)
    );
}

#[test]
fn plots_are_svg() {
    let found = triangle_of(
        [[3.0, 4.0], [1.0, 2.0], [-5.0, -3.0]],
        SignConfig::default(),
    );
    let svg = crate::plot::triangle_svg(&found, EdgeMeasure::Mean).expect("plot");
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(svg.contains("pivot: RUS"), "{svg}");
    let svg = crate::plot::series_svg(&found.series[0]).expect("plot");
    assert!(svg.contains("RUS – CHN by month"), "{svg}");
}

/// Decodes a PNG plot and checks it is `size` pixels, deterministic (`again` is the same plot
/// drawn a second time) and not blank; returns its RGB pixels for further checks.
fn check_png(bytes: &[u8], again: &[u8], size: (u32, u32)) -> Vec<u8> {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert_eq!(bytes, again, "the same plot drawn twice differs");
    let mut reader = png::Decoder::new(bytes).read_info().expect("PNG header");
    let info = reader.info();
    assert_eq!((info.width, info.height), size);
    assert_eq!(info.color_type, png::ColorType::Rgb);
    let mut pixels = vec![0; reader.output_buffer_size()];
    reader.next_frame(&mut pixels).expect("PNG pixels");
    assert!(pixels.iter().any(|&value| value < 255), "blank plot");
    pixels
}

/// How many near-black pixels lie in the rectangle `x0..x1` × `y0..y1` of an RGB image.
fn dark_pixels(pixels: &[u8], width: u32, (x0, x1): (u32, u32), (y0, y1): (u32, u32)) -> usize {
    (y0..y1)
        .flat_map(|y| (x0..x1).map(move |x| ((y * width + x) * 3) as usize))
        .filter(|&at| pixels[at..at + 3].iter().all(|&value| value < 60))
        .count()
}

#[test]
fn plots_are_png() {
    let found = triangle_of(
        [[3.0, 4.0], [1.0, 2.0], [-5.0, -3.0]],
        SignConfig::default(),
    );
    let draw = || crate::plot::triangle_plot(&found, EdgeMeasure::Mean, PlotFormat::Png);
    let pixels = check_png(&draw().expect("plot"), &draw().expect("plot"), (1100, 440));
    // The caption above the chart, the rotated y axis label at the left edge, and the
    // "pivot: RUS" line under the diagram are text: each drew black pixels.
    assert!(dark_pixels(&pixels, 1100, (100, 600), (12, 30)) > 100);
    assert!(dark_pixels(&pixels, 1100, (0, 24), (100, 350)) > 50);
    assert!(dark_pixels(&pixels, 1100, (700, 1000), (400, 420)) > 100);
    let draw = || crate::plot::series_plot(&found.series[0], PlotFormat::Png);
    let pixels = check_png(&draw().expect("plot"), &draw().expect("plot"), (900, 420));
    assert!(dark_pixels(&pixels, 900, (100, 800), (12, 30)) > 100);
    // No events: empty axes, no panic.
    let empty = triad::triad(
        &[],
        &observe(&[], Weight::Events),
        &[actor("RUS"), actor("CHN"), actor("USA")],
        &month(),
        &SignConfig::default(),
    );
    let draw = || crate::plot::triangle_plot(&empty, EdgeMeasure::Mean, PlotFormat::Png);
    check_png(&draw().expect("plot"), &draw().expect("plot"), (1100, 440));
    let draw = || crate::plot::series_plot(&empty.series[0], PlotFormat::Png);
    check_png(&draw().expect("plot"), &draw().expect("plot"), (900, 420));
    assert_eq!(
        PlotFormat::from_path(std::path::Path::new("a/T.PNG")),
        Some(PlotFormat::Png)
    );
    assert_eq!(PlotFormat::from_path(std::path::Path::new("t.jpg")), None);
}

fn arbitrary_events() -> impl Strategy<Value = Vec<StoredEvent>> {
    let codes = ["RUS", "CHN", "USA", "IND"];
    proptest::collection::vec(
        (0..4usize, 0..4usize, 0..120i32, -10i32..=10, 1..=4u8),
        0..40,
    )
    .prop_map(move |rows| {
        rows.into_iter()
            .enumerate()
            .filter(|(_, (source, target, ..))| source != target)
            .map(|(id, (source, target, day, value, quad))| {
                let date = Day(Day::parse("2025-01-01").map_or(0, |day| day.0) + day).to_string();
                event(
                    id as i64,
                    &date,
                    codes[source],
                    codes[target],
                    value as f32,
                    quad,
                )
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn classification_is_invariant_under_relabeling(
        events in arbitrary_events(),
        order in Just([0usize, 1, 2]).prop_shuffle(),
    ) {
        let observations = observe(&events, Weight::Events);
        let names = ["RUS", "CHN", "USA"];
        let sign = SignConfig { min_events: 1.0, ..SignConfig::default() };
        let base = triad::triad(&events, &observations, &names.map(actor), &month(), &sign);
        let shuffled = [names[order[0]], names[order[1]], names[order[2]]];
        let other = triad::triad(&events, &observations, &shuffled.map(actor), &month(), &sign);
        // Position `p` of the relabeled triangle is position `order[p]` of the base one.
        let relabel = |configuration: Configuration| match configuration {
            Configuration::RomanticTriangle { pivot, .. } => Some(names[order[pivot]]),
            _ => None,
        };
        for (left, right) in base.windows.iter().zip(&other.windows) {
            prop_assert_eq!(left.configuration.name(), right.configuration.name());
            prop_assert_eq!(left.configuration.pivot().map(|p| names[p]), relabel(right.configuration));
            prop_assert_eq!(left.configuration.balanced(), right.configuration.balanced());
        }
    }

    #[test]
    fn decayed_score_matches_its_definition(events in arbitrary_events(), half_life in 1.0f64..100.0) {
        let observations = observe(&events, Weight::Events);
        let config = SeriesConfig { half_life_days: half_life, window: Window::Week, ..month() };
        let (russia, china) = (actor("RUS"), actor("CHN"));
        let found = series(&events, &observations, &russia, &china, &config);
        for window in &found.windows {
            let (mut weights, mut sum) = (0.0, 0.0);
            for observation in &observations.items {
                let event = &events[observation.representative];
                let in_dyad = crate::dyad::in_dyad(event, &russia, &china, Direction::Undirected);
                if in_dyad && observation.day <= window.end {
                    let age = f64::from(window.end.0 - observation.day.0);
                    let decay = 0.5f64.powf(age / half_life);
                    weights += decay;
                    sum += decay * observation.goldstein;
                }
            }
            let expected = (weights > 0.0).then(|| sum / weights);
            match (window.decayed, expected) {
                (Some(got), Some(expected)) => prop_assert!((got - expected).abs() < 1e-6, "{got} vs {expected}"),
                (got, expected) => prop_assert_eq!(got, expected),
            }
        }
    }

    #[test]
    fn balance_is_the_sign_product(text in "[+?-]{3}") {
        let signs = signs(&text);
        let configuration = classify(signs);
        let product = signs.iter().try_fold(1i32, |product, sign| match sign {
            Sign::Positive => Some(product),
            Sign::Negative => Some(-product),
            Sign::Indeterminate => None,
        });
        prop_assert_eq!(configuration.balanced(), product.map(|product| product > 0));
    }

    #[test]
    fn sums_add_up_across_split_runs(events in arbitrary_events(), cut in 0usize..40) {
        let cut = cut.min(events.len());
        let config = SeriesConfig {
            period: Some((Day::parse("2025-01-01").unwrap_or(Day(0)), Day::parse("2025-05-01").unwrap_or(Day(0)))),
            ..month()
        };
        let run = |events: &[StoredEvent]| {
            let observations = observe(events, Weight::Events);
            series(events, &observations, &actor("RUS"), &actor("CHN"), &config)
        };
        let whole = run(&events);
        let first = run(&events[..cut]);
        let second = run(&events[cut..]);
        for ((all, left), right) in whole.windows.iter().zip(&first.windows).zip(&second.windows) {
            prop_assert_eq!(all.n, left.n + right.n);
            prop_assert!((all.goldstein_sum - left.goldstein_sum - right.goldstein_sum).abs() < 1e-9);
            prop_assert!((all.cooperation - left.cooperation - right.cooperation).abs() < 1e-9);
            prop_assert!((all.conflict - left.conflict - right.conflict).abs() < 1e-9);
            for quad in 0..4 {
                prop_assert_eq!(all.quad[quad], left.quad[quad] + right.quad[quad]);
            }
        }
    }
}
