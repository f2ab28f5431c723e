//! `detente relations`, `triangle`, `report` and `demo` as a user runs them, on small event
//! files written here and on the bundled demo.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Runs `detente ARGS` with `stdin`, checks the exit code, returns stdout and stderr.
#[track_caller]
fn check(args: &[&str], stdin: &[u8], expected_code: i32) -> (String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the detente binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("detente finishes");
    let _ = writer.join();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(expected_code),
        "detente {args:?}\nstdout: {stdout}\nstderr: {stderr}"
    );
    (stdout, stderr)
}

fn last_json(stdout: &str) -> serde_json::Value {
    let line = stdout.lines().last().expect("some output");
    serde_json::from_str(line).expect("the last line is JSON")
}

/// A fresh temporary folder for one test.
fn scratch(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!(
        "detente-relations-test-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("temp folder");
    folder
}

/// One event record line as `detente code` prints it.
fn record(
    article: &str,
    date: &str,
    source: &str,
    target: &str,
    goldstein: f32,
    quad: u8,
) -> String {
    serde_json::json!({
        "schema": 1, "record": "event", "article_id": article, "sentence_index": 0,
        "event_date": date, "source_text": source, "source_code": source,
        "source_country": &source[..3], "source_sector": null, "target_text": target,
        "target_code": target, "target_country": &target[..3], "target_sector": null,
        "cameo_code": "040", "cameo_base": "040", "cameo_root": "04", "plover_type": "CONSULT",
        "plover_mode": null, "plover_context": null, "goldstein": goldstein, "quad_class": quad,
        "predicate_text": "met", "predicate_start": 0, "predicate_end": 3, "source_start": 0,
        "source_end": 1, "target_start": null, "target_end": null, "rule": "test",
        "confidence": 1.0
    })
    .to_string()
}

fn events_file(folder: &std::path::Path, lines: &[String]) -> String {
    let path = folder.join("events.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").expect("write events");
    path.display().to_string()
}

/// One window's start, n, Goldstein sum and mean, cooperation, conflict, quad balance, volume.
type WindowRow = (String, f64, f64, Option<f64>, f64, f64, Option<f64>, f64);

#[test]
fn relations_series_by_hand() {
    let folder = scratch("series");
    let file = events_file(
        &folder,
        &[
            record("a1", "2025-01-05", "RUSGOV", "CHNGOV", 4.0, 1),
            record("a2", "2025-01-20", "CHN", "RUSMIL", -2.0, 3),
            record("a3", "2025-03-02", "RUS", "CHN", 7.0, 2),
            record("a4", "2025-03-09", "USA", "CHN", -10.0, 4),
        ],
    );
    let (stdout, _) = check(
        &[
            "relations",
            "RUS",
            "CHN",
            "--events",
            &file,
            "--format",
            "json",
        ],
        b"",
        0,
    );
    let summary = last_json(&stdout);
    assert_eq!(
        (summary["a"].as_str(), summary["b"].as_str()),
        (Some("RUS"), Some("CHN"))
    );
    let windows = summary["windows"].as_array().expect("windows");
    let got: Vec<WindowRow> = windows
        .iter()
        .map(|window| {
            (
                window["start"].as_str().unwrap_or("").to_string(),
                window["n"].as_f64().unwrap_or(-1.0),
                window["goldstein_sum"].as_f64().unwrap_or(-1.0),
                window["goldstein_mean"].as_f64(),
                window["cooperation"].as_f64().unwrap_or(-1.0),
                window["conflict"].as_f64().unwrap_or(-1.0),
                window["quad_balance"].as_f64(),
                window["volume"].as_f64().unwrap_or(-1.0),
            )
        })
        .collect();
    let expected = vec![
        (
            "2025-01-01".to_string(),
            2.0,
            2.0,
            Some(1.0),
            4.0,
            2.0,
            Some(0.0),
            2.0,
        ),
        (
            "2025-02-01".to_string(),
            0.0,
            0.0,
            None,
            0.0,
            0.0,
            None,
            0.0,
        ),
        (
            "2025-03-01".to_string(),
            1.0,
            7.0,
            Some(7.0),
            7.0,
            0.0,
            Some(1.0),
            2.0,
        ),
    ];
    assert_eq!(got, expected);
    assert_eq!(windows[0]["events"], serde_json::json!([1, 2]));
    // CSV and table print the same windows; --empty zero fills the empty one.
    let (stdout, _) = check(
        &[
            "relations",
            "RUS",
            "CHN",
            "--events",
            &file,
            "--format",
            "csv",
            "--empty",
            "zero",
        ],
        b"",
        0,
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].starts_with("start,end,n,q1,q2,q3,q4,goldstein_sum"),
        "{stdout}"
    );
    assert!(
        lines[2].starts_with("2025-02-01,2025-02-28,0,0,0,0,0,0,0,"),
        "{stdout}"
    );
    let (stdout, _) = check(
        &[
            "relations",
            "RUS",
            "CHN",
            "--events",
            &file,
            "--explain",
            "--window",
            "all",
        ],
        b"",
        0,
    );
    assert!(
        stdout.contains("2025-03-02 a3 RUS 040 → CHN (+7.0)"),
        "{stdout}"
    );
}

#[test]
fn triangle_json_shape_and_plot() {
    let folder = scratch("triangle");
    let mut lines = Vec::new();
    for (date, china_america) in [("2025-01-10", -5.0), ("2025-01-20", -3.0)] {
        lines.push(record("a", date, "RUS", "CHN", 5.0, 1));
        lines.push(record("b", date, "USA", "RUS", 2.0, 1));
        lines.push(record("c", date, "CHN", "USA", china_america, 3));
    }
    let file = events_file(&folder, &lines);
    let plot = folder.join("triangle.svg").display().to_string();
    let (stdout, _) = check(
        &[
            "triangle",
            "RUS",
            "CHN",
            "USA",
            "--events",
            &file,
            "--format",
            "json",
            "--plot",
            &plot,
            "--explain",
        ],
        b"",
        0,
    );
    let summary = last_json(&stdout);
    assert_eq!(summary["actors"], serde_json::json!(["RUS", "CHN", "USA"]));
    let overall = &summary["overall"];
    assert_eq!(overall["configuration"], "romantic_triangle");
    assert_eq!(overall["pivot"], "RUS");
    assert_eq!(overall["balanced"], false);
    assert_eq!(overall["weakly_balanced"], false);
    // min(5, 2) − (−4) = 6
    assert_eq!(overall["pivot_advantage"], 6.0);
    let window = &summary["windows"][0];
    for key in [
        "start",
        "end",
        "configuration",
        "pivot",
        "balanced",
        "edges",
    ] {
        assert!(window.get(key).is_some(), "{key} missing in {window}");
    }
    let edges = window["edges"].as_array().expect("edges");
    let signs: Vec<(&str, &str, &str, f64, f64)> = edges
        .iter()
        .map(|edge| {
            (
                edge["a"].as_str().unwrap_or(""),
                edge["b"].as_str().unwrap_or(""),
                edge["sign"].as_str().unwrap_or(""),
                edge["score"].as_f64().unwrap_or(f64::NAN),
                edge["n"].as_f64().unwrap_or(f64::NAN),
            )
        })
        .collect();
    assert_eq!(
        signs,
        [
            ("RUS", "CHN", "+", 5.0, 2.0),
            ("RUS", "USA", "+", 2.0, 2.0),
            ("CHN", "USA", "-", -4.0, 2.0)
        ]
    );
    assert_eq!(edges[0]["evidence"].as_array().map(Vec::len), Some(2));
    let svg = std::fs::read_to_string(&plot).expect("the plot is written");
    assert!(svg.contains("<svg") && svg.contains("pivot: RUS"), "{svg}");
    // A higher threshold makes RUS–USA (mean 2) indeterminate.
    let (stdout, _) = check(
        &[
            "triangle",
            "RUS",
            "CHN",
            "USA",
            "--events",
            &file,
            "--epsilon",
            "2",
            "--format",
            "json",
        ],
        b"",
        0,
    );
    assert_eq!(
        last_json(&stdout)["overall"]["configuration"],
        "indeterminate"
    );
    let (stdout, _) = check(
        &["triangle", "RUS", "CHN", "USA", "--events", &file],
        b"",
        0,
    );
    assert!(
        stdout.contains("romantic triangle, pivot RUS (wings CHN, USA)"),
        "{stdout}"
    );
}

#[test]
fn bad_arguments_are_invalid_input() {
    let folder = scratch("errors");
    let file = events_file(&folder, &[record("a", "2025-01-01", "RUS", "CHN", 1.0, 1)]);
    check(&["relations", "R!", "CHN", "--events", &file], b"", 3);
    check(
        &["triangle", "RUS", "RUS", "USA", "--events", &file],
        b"",
        3,
    );
    let gif = folder.join("plot.gif").display().to_string();
    check(
        &["relations", "RUS", "CHN", "--events", &file, "--plot", &gif],
        b"",
        3,
    );
    // A broken line is skipped with a diagnostic, and the exit code says so.
    let broken = folder.join("broken.jsonl");
    std::fs::write(&broken, "{not json\n").expect("write");
    let (_, stderr) = check(
        &["report", "--events", &broken.display().to_string()],
        b"",
        4,
    );
    assert!(stderr.contains("skipped"), "{stderr}");
}

#[test]
fn report_lists_dyads_and_balance() {
    let folder = scratch("report");
    let file = events_file(
        &folder,
        &[
            // A week apart, so that no two are mentions of one event.
            record("a", "2025-01-10", "RUS", "CHN", 5.0, 1),
            record("b", "2025-01-17", "CHN", "RUS", 3.0, 1),
            record("c", "2025-01-24", "USA", "CHN", -8.0, 4),
            record("d", "2025-01-31", "CHN", "USA", -4.0, 3),
            record("e", "2025-02-07", "USA", "RUS", 2.0, 1),
            record("f", "2025-02-14", "RUS", "USA", 1.0, 1),
        ],
    );
    let (stdout, _) = check(&["report", "--events", &file, "--format", "json"], b"", 0);
    let summary = last_json(&stdout);
    assert_eq!(summary["events"], 6);
    assert_eq!(summary["cooperative"][0]["a"], "CHN");
    assert_eq!(summary["cooperative"][0]["b"], "RUS");
    assert_eq!(summary["cooperative"][0]["cooperation"], 8.0);
    assert_eq!(summary["conflictual"][0]["conflict"], 12.0);
    assert_eq!(summary["balance"]["closed"], 1);
    assert_eq!(summary["balance"]["balanced"], 0);
}

#[test]
fn events_from_a_file_are_clustered_like_the_store() {
    // One meeting reported on two neighbouring days, from either side, and a second meeting a
    // month later: two events, as the store's deduplication would count them.
    let folder = scratch("clustered");
    let file = events_file(
        &folder,
        &[
            record("a", "2025-01-10", "RUS", "CHN", 1.0, 1),
            record("b", "2025-01-11", "CHN", "RUS", 1.0, 1),
            record("c", "2025-02-20", "RUS", "CHN", 1.0, 1),
        ],
    );
    let (stdout, _) = check(&["report", "--events", &file, "--format", "json"], b"", 0);
    let summary = last_json(&stdout);
    assert_eq!(summary["events"], 2, "{summary}");
}

#[test]
fn demo_finds_russia_pivot_of_a_romantic_triangle() {
    let folder = scratch("demo");
    let plot = folder.join("demo.svg").display().to_string();
    let (stdout, _) = check(&["demo", "--plot", &plot], b"", 0);
    assert!(
        stdout.contains("romantic triangle, pivot RUS (wings CHN, USA)"),
        "{stdout}"
    );
    assert!(stdout.contains(&plot), "{stdout}");
    assert!(std::fs::read_to_string(&plot).is_ok_and(|svg| svg.contains("<svg")));
    // The same verdict from the demo's coded documents read back as an event file.
    let (coded, _) = check(&["demo", "--json"], b"", 0);
    let file = folder.join("demo.json");
    std::fs::write(&file, coded).expect("write");
    let (stdout, _) = check(
        &[
            "triangle",
            "RUS",
            "CHN",
            "USA",
            "--events",
            &file.display().to_string(),
            "--format",
            "json",
        ],
        b"",
        0,
    );
    let overall = &last_json(&stdout)["overall"];
    assert_eq!(overall["configuration"], "romantic_triangle");
    assert_eq!(overall["pivot"], "RUS");
    for edge in overall["edges"].as_array().expect("edges") {
        assert!(edge["n"].as_f64() >= Some(2.0), "{edge}");
    }
    // The same triangle as a PNG (any case of the extension): a 1100 × 440 image.
    let png = folder.join("demo.PNG");
    let (stdout, _) = check(
        &[
            "triangle",
            "RUS",
            "CHN",
            "USA",
            "--events",
            &file.display().to_string(),
            "--plot",
            &png.display().to_string(),
        ],
        b"",
        0,
    );
    assert!(stdout.contains("plot written to"), "{stdout}");
    let bytes = std::fs::read(&png).expect("the PNG is written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert_eq!(
        bytes.get(12..24),
        Some(&b"IHDR\0\0\x04\x4c\0\0\x01\xb8"[..])
    );
    // Other extensions are refused before anything is read or written.
    let gif = folder.join("demo.gif").display().to_string();
    let (_, stderr) = check(&["demo", "--plot", &gif], b"", 3);
    assert!(stderr.contains("*.svg or *.png"), "{stderr}");
}

#[test]
fn commands_read_the_store_that_ingest_fills() {
    let folder = scratch("store");
    let db = folder.join("demo.db").display().to_string();
    check(
        &["ingest", "crates/detente/demo/articles.jsonl", "--db", &db],
        b"",
        0,
    );
    let (stdout, _) = check(
        &[
            "triangle", "RUS", "CHN", "USA", "--db", &db, "--format", "json",
        ],
        b"",
        0,
    );
    let overall = &last_json(&stdout)["overall"];
    assert_eq!(overall["configuration"], "romantic_triangle");
    assert_eq!(overall["pivot"], "RUS");
    let (stdout, _) = check(
        &[
            "relations",
            "CHN",
            "USA",
            "--db",
            &db,
            "--window",
            "all",
            "--explain",
        ],
        b"",
        0,
    );
    assert!(
        stdout.contains("raised tariffs on Chinese imports"),
        "{stdout}"
    );
    let (stdout, _) = check(&["report", "--db", &db], b"", 0);
    assert!(stdout.contains("most conflictual dyads"), "{stdout}");
    let missing = folder.join("missing.db").display().to_string();
    let (_, stderr) = check(&["report", "--db", &missing], b"", 3);
    assert!(stderr.contains("detente ingest"), "{stderr}");
    assert!(!std::path::Path::new(&missing).exists());
}
