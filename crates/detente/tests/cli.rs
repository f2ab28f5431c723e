//! The `detente` binary as a user runs it: exit codes, input handling, output shape.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `detente ARGS` with `stdin` and returns its output.
fn run(args: &[&str], stdin: &[u8]) -> Output {
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
        // A command may exit before reading everything; that is not this test's failure.
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("detente finishes");
    let _ = writer.join();
    output
}

/// Runs `detente ARGS`, checks the exit code, and returns stdout and stderr as text.
#[track_caller]
fn check(args: &[&str], stdin: &[u8], expected_code: i32) -> (String, String) {
    let output = run(args, stdin);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(expected_code),
        "detente {args:?}\nstdout: {stdout}\nstderr: {stderr}"
    );
    (stdout, stderr)
}

fn json_lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

#[test]
fn code_emit_sentences_prints_one_record_per_sentence_with_offsets() {
    let text = "MOSCOW (Reuters) - Russia's envoy met U.S. officials. Talks went well.\n";
    let (stdout, _) = check(
        &[
            "code",
            "--date",
            "2025-03-27",
            "--id",
            "a1",
            "--emit",
            "sentences",
        ],
        text.as_bytes(),
        0,
    );
    let records = json_lines(&stdout);
    assert_eq!(records.len(), 3);
    for (index, record) in records.iter().enumerate() {
        assert_eq!(record["schema"], 1);
        assert_eq!(record["record"], "sentence");
        assert_eq!(record["article_id"], "a1");
        assert_eq!(record["article_date"], "2025-03-27");
        assert_eq!(record["index"], index);
        let (start, end) = (
            record["start"].as_u64().unwrap() as usize,
            record["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], record["text"].as_str().unwrap());
        for token in record["tokens"].as_array().unwrap() {
            let (start, end) = (
                token["start"].as_u64().unwrap() as usize,
                token["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], token["text"].as_str().unwrap());
        }
    }
    assert_eq!(records[0]["kind"], "dateline");
    let words: Vec<&str> = records[1]["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["form"].as_str().unwrap())
        .collect();
    assert_eq!(
        words,
        ["Russia", "'s", "envoy", "met", "U.S.", "officials", "."]
    );
}

#[test]
fn code_prints_one_flat_record_per_event_by_default() {
    let text = "MOSCOW (Reuters) - Russia imposed new sanctions on Iran on Tuesday.\n";
    let (stdout, _) = check(
        &["code", "--date", "2025-03-27", "--id", "a1"],
        text.as_bytes(),
        0,
    );
    let records = json_lines(&stdout);
    for record in &records {
        assert_eq!(record["schema"], 1);
        assert_eq!(record["record"], "event");
        assert_eq!(record["article_id"], "a1");
        // Document reading dates the event by its clause: "on Tuesday" before Thursday 27.
        assert_eq!(record["event_date"], "2025-03-25");
        assert_eq!(record["date_source"], "clause");
        let code = record["cameo_code"].as_str().unwrap();
        assert!(code.starts_with(record["cameo_base"].as_str().unwrap()));
        assert!(code.starts_with(record["cameo_root"].as_str().unwrap()));
        assert_eq!(record["cameo_root"].as_str().unwrap().len(), 2);
        for (what, start, end) in [
            ("source_text", "source_start", "source_end"),
            ("predicate_text", "predicate_start", "predicate_end"),
        ] {
            let (start, end) = (
                record[start].as_u64().unwrap() as usize,
                record[end].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], record[what].as_str().unwrap());
        }
        assert!(record["rule"].as_str().unwrap().contains("lexicon/events/"));
    }
    let (tsv, _) = check(
        &["code", "--format", "tsv", "--date", "2025-03-27"],
        text.as_bytes(),
        0,
    );
    let mut lines = tsv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("article_id\tsentence_index\tevent_date"));
    assert_eq!(lines.count(), records.len());
    check(&["code", "--format", "tsv", "--emit", "sentences"], b"", 3);
}

#[test]
fn code_json_format_is_an_array_of_documents() {
    let input = b"{\"id\":\"x\",\"date\":\"2025-01-14\",\"title\":\"T\",\"text\":\"One. Two.\"}\n{\"id\":\"y\",\"text\":\"\"}\n";
    let (stdout, _) = check(&["code", "--format", "json"], input, 0);
    let documents: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let documents = documents.as_array().unwrap();
    assert_eq!(documents.len(), 2);
    assert_eq!(documents[0]["schema"], 1);
    assert_eq!(documents[0]["article"]["id"], "x");
    assert_eq!(documents[0]["article"]["title"], "T");
    assert_eq!(documents[0]["sentences"].as_array().unwrap().len(), 2);
    assert!(documents[0]["events"].as_array().unwrap().is_empty());
    assert_eq!(documents[1]["sentences"].as_array().unwrap().len(), 0);
}

#[test]
fn empty_input_is_zero_sentences_and_success() {
    let (stdout, _) = check(&["code"], b"", 0);
    assert_eq!(stdout, "");
    let (stdout, _) = check(&["code", "--format", "json"], b"   \n", 0);
    let documents: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(documents[0]["sentences"].as_array().unwrap().len(), 0);
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let (stdout, stderr) = check(&["code"], b"Moscow \xff said.", 3);
    assert_eq!(stdout, "");
    assert!(stderr.contains("byte offset 7"), "{stderr}");
    assert!(stderr.contains("--lossy"), "{stderr}");
    let (stdout, _) = check(
        &["code", "--lossy", "--emit", "sentences"],
        b"Moscow \xff said.",
        0,
    );
    assert_eq!(json_lines(&stdout).len(), 1);
}

#[test]
fn broken_jsonl_lines_are_reported_and_skipped() {
    let input = b"{\"id\":\"a\",\"text\":\"First.\"}\n{not json\n{\"id\":\"c\",\"text\":\"Third.\"}\n{\"id\":\"d\"}\n";
    let (stdout, stderr) = check(
        &["code", "--input-format", "jsonl", "--emit", "sentences"],
        input,
        4,
    );
    let ids: Vec<String> = json_lines(&stdout)
        .iter()
        .map(|r| r["article_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["a", "c"]);
    assert!(stderr.contains("<stdin>:2:"), "{stderr}");
    assert!(stderr.contains("<stdin>:4:"), "{stderr}");
}

#[test]
fn bad_flags_are_usage_errors() {
    check(&["code", "--date", "27 March"], b"", 2);
    check(&["code", "--format", "xml"], b"", 2);
    check(&["no-such-command"], b"", 2);
    let (stdout, _) = check(&["--help"], b"", 0);
    assert!(stdout.contains("Exit codes"));
    check(&["code", "--help"], b"", 0);
    check(&["eval", "segment", "--help"], b"", 0);
}

#[test]
fn missing_file_is_a_failure_with_its_name() {
    let (_, stderr) = check(&["code", "/nonexistent/article.txt"], b"", 1);
    assert!(stderr.contains("/nonexistent/article.txt"), "{stderr}");
}

#[test]
fn punctuation_storm_and_long_line_do_not_break_the_output() {
    let storm = ".".repeat(10_000) + &"!?".repeat(5_000) + &"\"".repeat(10_000);
    let (stdout, _) = check(&["code", "--emit", "sentences"], storm.as_bytes(), 0);
    assert!(!json_lines(&stdout).is_empty());
    let (stdout, _) = check(&["code"], storm.as_bytes(), 0);
    assert_eq!(stdout, "", "punctuation reports no event");
    let line = "Beijing and Moscow agreed to expand trade, officials said. ".repeat(50_000);
    let (stdout, _) = check(&["code", "--emit", "sentences"], line.as_bytes(), 0);
    assert_eq!(stdout.lines().count(), 50_000);
}

#[test]
fn demo_runs_on_the_bundled_articles() {
    let (stdout, _) = check(&["demo"], b"", 0);
    assert!(stdout.contains("demo-003"), "{stdout}");
    assert!(stdout.contains("Overchuk"), "{stdout}");
    let (stdout, _) = check(&["demo", "--json"], b"", 0);
    let documents: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(documents.as_array().unwrap().len() >= 5);
}

/// The segmenter's accuracy on EWT test must not regress below a floor a little under the
/// measured value (tokens 0.993, sentences 0.851 when this floor was set).
#[test]
fn segmentation_accuracy_floor_on_ewt_test() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-ewt/en_ewt-ud-test.conllu"
    );
    if !std::path::Path::new(path).exists() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI needs {path}"
        );
        eprintln!("skipping: {path} is missing");
        return;
    }
    let (stdout, _) = check(&["eval", "segment", path, "--timing-ms", "0"], b"", 0);
    let summary: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert!(summary["tokens_f1"].as_f64().unwrap() >= 0.990, "{summary}");
    assert!(
        summary["sentences_f1"].as_f64().unwrap() >= 0.84,
        "{summary}"
    );
    assert!(summary["mb_per_sec"].as_f64().unwrap() > 0.0);
}
